import { MATCH, type Detector } from '../../detector.js';
import { isMetric } from '../../shapes/numbers.js';

export const adMetric: Detector = {
  id: 'marketing.ad_metric',
  category: 'marketing',
  description: 'Ad performance metric: impressions, clicks, CTR, CPC, CPM, spend/cost, reach, frequency, conversions, cost per … (name-led, numeric values)',
  mask: 'none',
  names: {
    exact: ['impressions', 'clicks', 'ctr', 'cpc', 'cpm', 'cpa', 'cpv', 'cpi', 'roas', 'spend', 'cost', 'costmicros', 'reach', 'frequency', 'conversions', 'conversion', 'conversionrate', 'results', 'result', 'follows', 'interactions', 'engagements', 'averagecpc', 'avgcpc', 'linkclicks', 'uniqueclicks', 'adspend', 'totalspend', 'spendmicros', 'videoviews', 'profilevisits'],
    tokens: [['impressions'], ['impression'], ['clicks'], ['ctr'], ['cpc'], ['cpm'], ['cpa'], ['roas'], ['spend'], ['cost'], ['cost', 'micros'], ['reach'], ['frequency'], ['conversions'], ['conversion'], ['conversion', 'rate'], ['cost', 'per'], ['cost', 'per', 'conversion'], ['cost', 'per', 'result'], ['conversions', 'value'], ['conversion', 'value'], ['view', 'through', 'conversions'], ['active', 'view'], ['video', 'views', 'p'], ['video', 'play', 'actions'], ['video', 'watched'], ['average', 'video', 'play'], ['average', 'cpc'], ['average', 'cpm'], ['link', 'clicks'], ['unique', 'clicks'], ['interactions'], ['interaction', 'rate'], ['all', 'conversions'], ['search', 'impression', 'share'], ['profile', 'visits'], ['follows'], ['results'], ['real', 'time', 'conversion'], ['secondary', 'goal', 'result'], ['total', 'purchase'], ['complete', 'payment'], ['ad', 'spend']],
    negative: [['budget'], ['bid'], ['id'], ['type'], ['status']],
  },
  value: {
    gate: (f) => f.digits >= 1 && f.length <= 24 && f.letters <= 2,
    test: (v, f) => (isMetric(v, f) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['12034', '1.25', '0.0345', '2.5%', '1,234'],
    invalid: ['abc', '2024-01-01'],
    validNames: ['impressions', 'CLICKS', 'ctr', 'cost_per_conversion', 'spend', 'cost_micros', 'COST_PER_1000_REACHED', 'video_views_p25', 'conversions_value', 'average_cpc'],
    invalidNames: ['campaign_budget', 'bid_type', 'ad_id'],
  },
};
