import { MATCH, type Detector } from '../../detector.js';

const UTM_PARAM = /[?&#]utm_(?:source|medium|campaign|term|content|id|name)=/i;

export const utm: Detector = {
  id: 'marketing.utm',
  category: 'marketing',
  description: 'UTM campaign tagging: utm_* columns, or URLs carrying utm_ parameters',
  mask: 'none',
  names: {
    tokens: [['utm'], ['mkt', 'source'], ['mkt', 'medium'], ['mkt', 'campaign']],
  },
  value: {
    gate: (f) => f.length >= 12 && f.underscores >= 1 && f.spaces === 0,
    test: (v) => (UTM_PARAM.test(v) ? MATCH : null),
    weight: 0.9,
  },
  examples: {
    valid: ['https://shop.example/p?utm_source=tiktok&utm_medium=cpc', '/landing?x=1&utm_campaign=spring_sale'],
    invalid: ['https://shop.example/p?ref=home', 'utm_source', 'plain text'],
    validNames: ['utm_source', 'utm_medium', 'UTM Campaign', 'mkt_source'],
    invalidNames: ['source', 'campaign_name_internal_only'],
  },
};
