// Malformed-row descriptions from csv-parse's error code alone: a report must never carry a raw
// value, and csv-parse's own messages quote the offending field.

/** The quoting faults that make csv-parse skip a row (its codes without the `CSV_` prefix). */
export type CsvFault = 'INVALID_OPENING_QUOTE' | 'INVALID_CLOSING_QUOTE' | 'QUOTE_NOT_CLOSED';

const MESSAGES: Record<CsvFault, string> = {
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  INVALID_CLOSING_QUOTE: 'unexpected characters after a closing quote',
  QUOTE_NOT_CLOSED: 'a quoted field is not closed before the end of the input',
};

export function isCsvFault(code: string): code is CsvFault {
  return code in MESSAGES;
}

/** A value-free description of a malformed row, with the field number where it helps. */
export function describeCsvFault(fault: CsvFault, field: number): string {
  const what = MESSAGES[fault];
  return fault === 'INVALID_OPENING_QUOTE' ? `${what} (field ${field + 1})` : what;
}
