// Which reader reads which sniffed format, and the readers' own content sniffers that the
// open stage consults (injected here so the open stage does not depend on the readers).
import type { FormatGuess, SniffPlugins } from '../open/sniff.js';
import { csvReader } from '../read/csv/reader.js';
import { readJson } from '../read/json/reader.js';
import { readLog } from '../read/log/reader.js';
import { sniffLog } from '../read/log/sniff.js';
import { readNdjson } from '../read/ndjson.js';
import { readSql } from '../read/sql/reader.js';
import { sniffSql } from '../read/sql/sniff.js';
import type { Reader } from '../read/types.js';

export const SNIFF_PLUGINS: SniffPlugins = { sniffSql, sniffLog };

export function readerFor(guess: FormatGuess): Reader {
  switch (guess.format) {
    case 'csv': return csvReader(guess.delimiter ?? ',');
    case 'json': return readJson;
    case 'ndjson': return readNdjson;
    case 'sql': return readSql;
    case 'log': return readLog;
  }
}
