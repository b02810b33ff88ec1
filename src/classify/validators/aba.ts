// US ABA routing transit number: 9 digits, a Federal Reserve prefix and a weighted checksum
// 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).

/** First two digits: 00 (US government), 01–12 (Fed districts), 21–32 (thrifts), 61–72 (electronic), 80 (traveller's cheques). */
export function abaPrefixValid(d: string): boolean {
  const p = (d.charCodeAt(0) - 48) * 10 + (d.charCodeAt(1) - 48);
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

export function abaChecksumValid(d: string): boolean {
  if (d.length !== 9) return false;
  let sum = 0;
  const weights = [3, 7, 1];
  for (let i = 0; i < 9; i++) {
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    sum += weights[i % 3] * c;
  }
  return sum % 10 === 0;
}
