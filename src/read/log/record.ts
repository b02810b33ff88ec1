// Collects one log line's fields. A field may repeat in a record (two e-mails in one line give
// two `text.email` entries), as repeated JSON array paths do.
import type { FlatRecord, Scalar } from '../types.js';

export class RecordBuilder {
  private fields: string[] = [];
  private values: Scalar[] = [];

  add(field: string, value: Scalar): void {
    this.fields.push(field);
    this.values.push(value);
  }

  take(line: number): FlatRecord {
    const r: FlatRecord = { fields: this.fields, values: this.values, line };
    this.fields = [];
    this.values = [];
    return r;
  }
}

/**
 * Integer or decimal text that survives as a number (≤ 15 significant digits), else the text.
 * Leading zeros (postal codes, ids) keep it text.
 */
export function numeric(text: string): Scalar {
  if (!/^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/.test(text)) return text;
  const digits = text.replace(/^-?0*/, '').replace('.', '').length;
  return digits <= 15 ? Number(text) : text;
}
