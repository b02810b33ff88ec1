// Number and label formatting for the HTML report (display only; data attributes keep raw numbers).

/** SVG coordinates: one decimal is enough and keeps the markup short. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A signed log-odds weight with a real minus sign: "+1.25", "−0.83". */
export function signed(n: number, digits = 2): string {
  const s = Math.abs(n).toFixed(digits);
  return (n < 0 && Number(s) !== 0 ? '\u2212' : '+') + s;
}

export function score(n: number): string {
  return n.toFixed(2);
}

export function confidenceWords(c: number): string {
  if (c < 0.2) return 'very low';
  if (c < 0.5) return 'low';
  if (c < 0.8) return 'moderate';
  return 'high';
}

/** 'platform-api-response' → 'Platform API response'. */
export function originLabel(id: string): string {
  const words = id.split('-').map((w) => (['api', 'crm', 'ip'].includes(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
