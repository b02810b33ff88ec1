// UTF-8 byte chunks → text pieces cut at character boundaries, each with the byte offset where it
// starts, so a tokenizer can work on strings and still report exact byte offsets in errors.

export interface TextPiece {
  text: string;
  /** Byte offset of `text[0]` in the whole input. */
  byteStart: number;
}

/** Length of the longest prefix of `b` that does not end inside a multi-byte sequence. */
function completeLength(b: Buffer): number {
  const n = b.length;
  // Walk back over at most 3 continuation bytes to the lead byte of the last sequence.
  for (let k = 1; k <= 4 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? n - k : n;
  }
  return n; // not UTF-8 lead/continuation structure: let the decoder replace it
}

export async function* utf8Text(chunks: AsyncIterable<Buffer>): AsyncIterable<TextPiece> {
  let carry: Buffer | null = null;
  let byteStart = 0;
  for await (const chunk of chunks) {
    const b: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeLength(b);
    carry = cut < b.length ? Buffer.from(b.subarray(cut)) : null;
    if (cut > 0) {
      yield { text: b.toString('utf8', 0, cut), byteStart };
      byteStart += cut;
    }
  }
  if (carry) yield { text: carry.toString('utf8'), byteStart };
}
