import { MATCH, WEAK, type Detector } from '../../detector.js';

const UTM_PARAM = /(?:^|[?&#;])utm_(?:source|medium|campaign|term|content|id|name|source_platform|creative_format|marketing_tactic)=/i;
const UTM_VALUE = /^[\p{L}\p{N} ._+%|:()\/-]{1,200}$/u;

export const utm: Detector = {
  id: 'marketing.utm',
  category: 'marketing',
  description: 'UTM campaign tagging: utm_* columns (and Snowplow mkt_*), or URLs / query strings carrying utm_ parameters',
  mask: 'generic',
  names: {
    tokens: [['utm'], ['mkt', 'source'], ['mkt', 'medium'], ['mkt', 'campaign'], ['mkt', 'term'], ['mkt', 'content'], ['traffic', 'source'], ['campaign', 'source'], ['campaign', 'medium']],
  },
  value: {
    gate: (f) => f.spaces <= 20 && f.length <= 2048,
    test(v, f) {
      if (f.underscores >= 1 && f.length >= 12 && f.spaces === 0 && UTM_PARAM.test(v)) return MATCH;
      // A bare parameter value (google, cpc, spring_sale): only the column name makes it UTM.
      return f.length <= 200 && UTM_VALUE.test(v) ? WEAK : null;
    },
    weight: 0.95,
  },
  examples: {
    valid: ['https://shop.example/p?utm_source=tiktok&utm_medium=cpc', '/landing?x=1&utm_campaign=spring_sale', 'utm_source=google&utm_medium=cpc', 'google', 'spring_sale'],
    invalid: ['https://shop.example/p?ref=home\n', 'a\u0000b'],
    validNames: ['utm_source', 'utm_medium', 'UTM Campaign', 'mkt_source', 'mkt_campaign', 'traffic_source'],
    invalidNames: ['source', 'campaign_name_internal_only'],
  },
};
