import { WEAK, matchTag, type Detector } from '../../detector.js';

const CLICK_PARAM = /[?&#](gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|li_fat_id|ScCid|rdt_cid|mc_cid|igshid|yclid|epik|irclickid|s_kwcid)=/;
const TOKEN = /^[A-Za-z0-9._~+/=-]{16,400}$/;

/** Value prefixes of the big ad networks' click ids. */
function prefixTag(v: string): string | null {
  if (v.startsWith('IwAR') || v.startsWith('IwY2') || v.startsWith('IwZX')) return 'fbclid';
  if (v.startsWith('fb.1.') || v.startsWith('fb.2.')) return 'fbc';
  if (/^(?:Cj0K|CjwK|CjkK|Cj4K|EAIaIQ|CPj|CM[A-Za-z0-9]{2}|CI[A-Za-z0-9]{2})[A-Za-z0-9_-]{20,}$/.test(v) && v.length >= 40) return 'gclid';
  if (v.startsWith('E.C.P.')) return 'ttclid';
  return null;
}

export const clickId: Detector = {
  id: 'marketing.click_id',
  category: 'marketing',
  description: 'Ad click identifier: gclid, gbraid, wbraid, dclid, fbclid/_fbc, msclkid, ttclid, twclid, li_fat_id, ScCid, rdt_cid, mc_cid (by name, value prefix, or URL parameter)',
  mask: 'generic',
  names: {
    exact: ['gclid', 'gbraid', 'wbraid', 'dclid', 'fbclid', 'msclkid', 'ttclid', 'twclid', 'lifatid', 'sccid', 'rdtcid', 'mccid', 'igshid', 'gclsrc', 'fbc', 'fbp', 'yclid', 'irclickid', 'clickid', 'skwcid', 'epik', 'mktclickid'],
    tokens: [['click', 'id'], ['gclid'], ['fbclid'], ['msclkid'], ['ttclid'], ['li', 'fat', 'id'], ['mkt', 'clickid'], ['mkt', 'click', 'id']],
  },
  value: {
    gate: (f) => f.length >= 16 && f.spaces === 0 && f.length <= 2048,
    test(v) {
      const tag = prefixTag(v);
      if (tag) return matchTag(tag);
      const m = CLICK_PARAM.exec(v);
      if (m) return matchTag(m[1].toLowerCase());
      return TOKEN.test(v) ? WEAK : null;
    },
    weight: 0.85,
  },
  examples: {
    valid: ['IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk', 'Cj0KCQjwhb60BhClARIsABGGtw8eCsVm3AaNo6nWZ2WZkWxVO0cq6IVvzXUcvTd3p3e2Qy5Jwi9K0aAsJ3EALw_wcB', 'https://shop.example/?gclid=abc123def456', 'fb.1.1596403881668.1116446470', 'E.C.P.CpwBQGW0pHD8bxNyHcbNa'],
    invalid: ['short', 'https://shop.example/?ref=x', 'a b c d e f g h i j k l'],
    validNames: ['gclid', 'fbclid', 'msclkid', 'ttclid', 'li_fat_id', 'ScCid', 'rdt_cid', 'mc_cid', 'click_id', 'mkt_clickid'],
    invalidNames: ['click_count', 'clicks'],
  },
};
