// logfmt / key=value lines: `ts=… level=info msg="user logged in" user=bob body=a=1&b=2`.
// Values: quoted (with \" escapes) or bare up to the next space. Words that are not pairs (a
// leading timestamp, a level) are collected as the line's remaining text.

export interface Pair {
  key: string;
  value: string;
  quoted: boolean;
}

export interface Logfmt {
  pairs: Pair[];
  /** The words that were not pairs, joined by spaces. */
  rest: string;
  otherWords: number;
}

const KEY = /^[A-Za-z_@][A-Za-z0-9_.@/-]{0,63}$/;

function quotedValue(line: string, p: number): [string, number] {
  let out = '';
  let k = p + 1;
  for (; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 34) return [out, k + 1];
    if (c === 92 && k + 1 < line.length) {
      const e = line[++k];
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
    } else out += line[k];
  }
  return [out, k];
}

export function parseLogfmt(line: string): Logfmt {
  const pairs: Pair[] = [];
  const rest: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const start = i;
    if (line.charCodeAt(i) === 34) {
      const [text, next] = quotedValue(line, i);
      rest.push(text);
      i = next;
      continue;
    }
    while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 61) i++;
    const key = line.slice(start, i);
    if (i < n && line.charCodeAt(i) === 61 && KEY.test(key)) {
      i++;
      if (line.charCodeAt(i) === 34) {
        const [value, next] = quotedValue(line, i);
        pairs.push({ key, value, quoted: true });
        i = next;
      } else {
        const vStart = i;
        while (i < n && line.charCodeAt(i) !== 32) i++;
        pairs.push({ key, value: line.slice(vStart, i), quoted: false });
      }
      continue;
    }
    while (i < n && line.charCodeAt(i) !== 32) i++;
    rest.push(line.slice(start, i));
  }
  return { pairs, rest: rest.join(' '), otherWords: rest.length };
}

/** Enough pairs to call the line logfmt: at least two, and not outnumbered by other words. */
export function isLogfmt(p: Logfmt): boolean {
  return p.pairs.length >= 2 && p.pairs.length >= p.otherWords;
}
