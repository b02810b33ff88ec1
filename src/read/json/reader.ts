// JSON reader: streams a JSON document of any size into records.
//
// Records and paths:
// - top-level array: each element is a record rooted at the element (`user.uniqueId`); an
//   element that is not an object (a scalar or an array) is named `value` (`value`, `value[]`);
// - an object wrapping arrays of objects (`{"data":{"items":[…]}}`, `{"itemList":[…],"cursor":…}`):
//   every outermost array whose first element is an object is a record stream, and its elements
//   keep the full path from the root (`data.items[].email`, `itemList[].author.uniqueId`);
// - every other value of the top-level object (`statusCode`, `hasMore`, `tags[]`) forms one more
//   record, emitted when the document closes; without record arrays that record is the whole
//   object (`userInfo.stats.followerCount`); a top-level scalar is one record named `value`.
// A record that is too large is skipped with a warning; malformed or truncated input is an
// InputError naming the line and byte, after the records before the fault were yielded.
import type { FlatRecord, ReadContext, Reader } from '../types.js';
import { DEFAULT_MAX_RECORD_BYTES } from './limits.js';
import { JsonScanner } from './scanner.js';

export interface JsonReaderOptions {
  /** Records larger than this are skipped with a warning. Default 256 MB. */
  maxRecordBytes?: number;
}

export function createJsonReader(options: JsonReaderOptions = {}): Reader {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  return async function* readJsonChunks(chunks: AsyncIterable<Buffer>, ctx: ReadContext): AsyncIterable<FlatRecord> {
    const scanner = new JsonScanner(ctx, { maxRecordBytes });
    const out = scanner.out;
    let fault: unknown;
    let more = false;
    for await (const chunk of chunks) {
      scanner.feed(chunk);
      do {
        try {
          more = scanner.scan();
        } catch (error) {
          fault = error;
          more = false;
        }
        // Records completed before a fault are still delivered.
        while (out.length > 0) yield out.shift()!;
        if (fault !== undefined) throw fault;
      } while (more);
    }
    try {
      scanner.end();
    } catch (error) {
      fault = error;
    }
    while (out.length > 0) yield out.shift()!;
    if (fault !== undefined) throw fault;
  };
}

export const readJson: Reader = createJsonReader();
