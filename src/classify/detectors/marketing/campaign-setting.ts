import { MATCH, type Detector } from '../../detector.js';

export const campaignSetting: Detector = {
  id: 'marketing.campaign_setting',
  category: 'marketing',
  description: 'Campaign configuration and creative: budget, bid, objective, placement, ad text, call to action, landing page, serving status (name-led)',
  mask: 'generic',
  names: {
    exact: ['budget', 'budgetmode', 'objective', 'objectivetype', 'bidtype', 'bidamount', 'bid', 'optimizationgoal', 'placement', 'placements', 'adtext', 'calltoaction', 'landingpageurl', 'finalurls', 'finalurl', 'finalurlsuffix', 'trackingurltemplate', 'servingstatus', 'operationstatus', 'advertisingchanneltype', 'biddingstrategytype', 'billingevent', 'adformat', 'creativetype', 'autotaggingenabled', 'pacing'],
    tokens: [['budget'], ['budget', 'mode'], ['objective'], ['objective', 'type'], ['bid'], ['bid', 'type'], ['bid', 'strategy'], ['bidding', 'strategy'], ['optimization', 'goal'], ['placement'], ['ad', 'text'], ['call', 'to', 'action'], ['landing', 'page'], ['landing', 'page', 'url'], ['final', 'urls'], ['final', 'url'], ['final', 'url', 'suffix'], ['tracking', 'url', 'template'], ['serving', 'status'], ['operation', 'status'], ['advertising', 'channel'], ['advertising', 'channel', 'type'], ['billing', 'event'], ['ad', 'format'], ['creative', 'type'], ['auto', 'tagging'], ['auto', 'tagging', 'enabled'], ['ad', 'network', 'type'], ['keyword', 'match', 'type'], ['search', 'term', 'match', 'type'], ['search', 'term'], ['keyword', 'text'], ['ad', 'type'], ['secondary', 'status'], ['ad', 'group', 'type'], ['campaign', 'type'], ['campaign', 'status'], ['ad', 'status'], ['adgroup', 'status']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 2048,
    test: () => MATCH,
    weight: 0,
  },
  examples: {
    valid: ['BUDGET_MODE_DAY', 'https://shop.example/landing', 'Shop now', '50.00'],
    invalid: [],
    validNames: ['budget', 'BUDGET_MODE', 'objective_type', 'call_to_action', 'landing_page_url', 'final_urls', 'tracking_url_template', 'serving_status', 'advertising_channel_type', 'AD_TEXT'],
    invalidNames: ['status', 'spend', 'impressions'],
  },
};
