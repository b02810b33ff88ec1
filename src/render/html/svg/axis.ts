// A linear scale with round ticks, shared by the charts.

export interface LinearScale {
  domain: [number, number];
  ticks: number[];
  (value: number): number;
}

function tickStep(span: number): number {
  if (span <= 4) return 0.5;
  if (span <= 10) return 1;
  if (span <= 20) return 2;
  if (span <= 50) return 5;
  return 10 ** Math.floor(Math.log10(span / 4));
}

/** Maps [lo, hi] (widened to round ticks) onto [x0, x1]. */
export function linearScale(lo: number, hi: number, x0: number, x1: number): LinearScale {
  if (hi <= lo) hi = lo + 1;
  const step = tickStep(hi - lo);
  const a = Math.floor(lo / step) * step;
  const b = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = a; t <= b + step / 2; t += step) ticks.push(Math.round(t * 1000) / 1000);
  const f = ((v: number) => x0 + ((v - a) / (b - a)) * (x1 - x0)) as LinearScale;
  f.domain = [a, b];
  f.ticks = ticks;
  return f;
}
