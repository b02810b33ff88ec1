// Which reader reads which sniffed format.
import type { FormatGuess, SniffPlugins } from '../open/sniff.js';
import { csvReader } from '../read/csv/reader.js';
import { readJson } from '../read/json/reader.js';
import { readNdjson } from '../read/ndjson.js';
import type { Reader } from '../read/types.js';

export const SNIFF_PLUGINS: SniffPlugins = {};

export function readerFor(guess: FormatGuess): Reader {
  switch (guess.format) {
    case 'csv': return csvReader(guess.delimiter ?? ',');
    case 'json': return readJson;
    case 'ndjson': return readNdjson;
    default: throw new Error(`no reader for format ${guess.format}`);
  }
}
