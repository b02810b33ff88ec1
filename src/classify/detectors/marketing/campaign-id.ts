import { MATCH, type Detector } from '../../detector.js';

export const campaignId: Detector = {
  id: 'marketing.campaign_id',
  category: 'marketing',
  description: 'Ad-account object: campaign, ad group / ad set, ad, creative or advertiser id or name (name-led)',
  mask: 'none',
  names: {
    exact: ['campaign', 'campaignid', 'adgroupid', 'adsetid', 'adid', 'advertiserid', 'adaccountid', 'creativeid', 'campaignname', 'adgroupname', 'adsetname', 'adname', 'advertisername', 'insertionorderid', 'lineitemid', 'keywordid', 'criterionid'],
    tokens: [['campaign', 'id'], ['campaign', 'name'], ['adgroup', 'id'], ['ad', 'group', 'id'], ['adset', 'id'], ['ad', 'set', 'id'], ['ad', 'id'], ['advertiser', 'id'], ['ad', 'account', 'id'], ['creative', 'id'], ['adgroup', 'name'], ['ad', 'group', 'name'], ['adset', 'name'], ['ad', 'set', 'name'], ['ad', 'name'], ['advertiser', 'name'], ['line', 'item', 'id'], ['insertion', 'order', 'id'], ['keyword', 'ad', 'group', 'criterion'], ['campaign', 'group', 'id']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 300,
    test: (v) => (v.indexOf('\n') < 0 ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['1745036985634833', 'spring_sale_2024', '23851234567890123'],
    invalid: ['two\nlines'],
    validNames: ['campaign_id', 'CAMPAIGN_ID', 'adgroup_id', 'adset_id', 'ad_id', 'advertiser_id', 'campaign.id', 'campaign_name', 'ad_group_id'],
    invalidNames: ['campaign_budget', 'ad_spend', 'advertising_channel_type'],
  },
};
