// The verdict gauge: a half dial from 0 (public) to 1 (internal) with the model's decision
// bands, a needle at internalScore, and the confidence as a bar underneath.
import { px } from '../format.js';
import { html, type SafeHtml } from '../markup.js';

export interface GaugeOptions {
  id: string;
  internalScore: number;
  confidence: number;
  /** Scores at or below this lean public, at or above `internalFrom` lean internal. */
  publicUpTo: number;
  internalFrom: number;
}

const CX = 120;
const CY = 112;
const R = 92;

function point(score: number, r = R): { x: number; y: number } {
  const a = Math.PI * (1 - score);
  return { x: CX + r * Math.cos(a), y: CY - r * Math.sin(a) };
}

function arc(from: number, to: number): string {
  const a = point(from);
  const b = point(to);
  return `M ${px(a.x)} ${px(a.y)} A ${R} ${R} 0 0 1 ${px(b.x)} ${px(b.y)}`;
}

export function renderGauge(o: GaugeOptions): SafeHtml {
  const s = Math.min(1, Math.max(0, o.internalScore));
  const c = Math.min(1, Math.max(0, o.confidence));
  const tip = point(s, R - 18);
  const barX = 30;
  const barW = 180;
  return html`<svg id="${o.id}" class="chart gauge" viewBox="0 0 240 196" width="240" height="196" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" data-score="${o.internalScore}" data-confidence="${o.confidence}">
<title id="${o.id}-title">Internal score ${s.toFixed(2)}, confidence ${c.toFixed(2)}</title>
<desc id="${o.id}-desc">A dial from 0 (clearly public) to 1 (clearly internal); the needle points at ${s.toFixed(2)}. Scores up to ${o.publicUpTo.toFixed(2)} lean public, from ${o.internalFrom.toFixed(2)} lean internal. The bar below shows the confidence, ${c.toFixed(2)}.</desc>
<path class="gauge-band gauge-public" d="${arc(0, o.publicUpTo)}"/>
<path class="gauge-band gauge-middle" d="${arc(o.publicUpTo, o.internalFrom)}"/>
<path class="gauge-band gauge-internal" d="${arc(o.internalFrom, 1)}"/>
<line class="gauge-needle" x1="${CX}" y1="${CY}" x2="${px(tip.x)}" y2="${px(tip.y)}"/>
<circle class="gauge-hub" cx="${CX}" cy="${CY}" r="6"/>
<text class="gauge-end" x="${px(CX - R)}" y="${CY + 18}" text-anchor="middle">public</text>
<text class="gauge-end" x="${px(CX + R)}" y="${CY + 18}" text-anchor="middle">internal</text>
<text class="gauge-score" x="${CX}" y="${CY + 36}" text-anchor="middle">${s.toFixed(2)}</text>
<text class="gauge-caption" x="${barX}" y="${CY + 62}">confidence ${c.toFixed(2)}</text>
<rect class="gauge-track" x="${barX}" y="${CY + 68}" width="${barW}" height="10" rx="3"/>
<rect class="gauge-confidence" x="${barX}" y="${CY + 68}" width="${px(Math.max(c > 0 ? 2 : 0, c * barW))}" height="10" rx="3" data-confidence="${o.confidence}"/>
</svg>`;
}
