// An order-independent, keyed digest of a field's values, for baselines: the sum modulo 2^256
// of HMAC-SHA-256(key, value) over every non-empty value. Moving rows leaves it unchanged,
// adding, removing or editing a value changes it, and it keeps 32 bytes per field whatever
// the number of values. No value (nor an unkeyed hash of one) is kept.
import { createHmac } from 'node:crypto';

export class ValueDigest {
  /** The running sum as eight big-endian 32-bit limbs. */
  private readonly sum = new Uint32Array(8);

  constructor(private readonly key: Buffer) {}

  add(value: string): void {
    const h = createHmac('sha256', this.key).update(value, 'utf8').digest();
    let carry = 0;
    for (let i = 7; i >= 0; i--) {
      const s = this.sum[i] + h.readUInt32BE(i * 4) + carry;
      this.sum[i] = s >>> 0;
      carry = s > 0xffffffff ? 1 : 0;
    }
  }

  digest(): Buffer {
    const out = Buffer.alloc(32);
    for (let i = 0; i < 8; i++) out.writeUInt32BE(this.sum[i], i * 4);
    return out;
  }
}
