import { MATCH, WEAK, type Detector } from '../../detector.js';
import { isBooleanValue } from '../../shapes/flags.js';

const CONSENT_WORDS = new Set(['granted', 'denied', 'opted in', 'opted out', 'opt in', 'opt out', 'optin', 'optout', 'subscribed', 'unsubscribed', 'consented', 'declined', 'accepted', 'rejected', 'ldu', 'cleaned', 'non subscribed', 'single opt in', 'double opt in', 'confirmed opt in']);

export const consent: Detector = {
  id: 'marketing.consent',
  category: 'marketing',
  description: 'Marketing consent / opt-in state: consent flags, Google Consent Mode (ad_storage …), Meta data_processing_options, subscribe status',
  mask: 'none',
  names: {
    flag: true,
    exact: ['consent', 'optin', 'optedin', 'optout', 'subscribed', 'subscribe', 'unsubscribed', 'acceptsmarketing', 'marketingconsent', 'gdprconsent', 'adstorage', 'analyticsstorage', 'aduserdata', 'adpersonalization', 'functionalitystorage', 'personalizationstorage', 'securitystorage', 'dataprocessingoptions', 'donottrack', 'dnt', 'tcfstring', 'usprivacy', 'newsletter', 'emailoptin', 'smsoptin', 'marketingoptin', 'doubleoptin'],
    tokens: [['consent'], ['opt', 'in'], ['opted', 'in'], ['opt', 'out'], ['opted', 'out'], ['accepts', 'marketing'], ['marketing', 'consent'], ['ad', 'storage'], ['analytics', 'storage'], ['ad', 'user', 'data'], ['ad', 'personalization'], ['functionality', 'storage'], ['personalization', 'storage'], ['security', 'storage'], ['data', 'processing', 'options'], ['do', 'not', 'track'], ['newsletter'], ['subscribed'], ['unsubscribed'], ['subscribe'], ['gdpr'], ['ccpa'], ['us', 'privacy'], ['tcf'], ['marketing', 'opt', 'in'], ['email', 'opt', 'in'], ['sms', 'opt', 'in'], ['accept', 'marketing'], ['subscription', 'status']],
    negative: [['ip'], ['date'], ['time'], ['timestamp'], ['at'], ['scene'], ['count'], ['url']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 24 && f.digits <= 1 && f.spaces <= 3 && f.at === 0 && f.slashes === 0,
    test(v, f) {
      if (f.length <= 5 && isBooleanValue(v)) return WEAK;
      const s = f.underscores + f.dashes > 0 ? v.toLowerCase().replace(/[_-]+/g, ' ') : v.toLowerCase();
      if (CONSENT_WORDS.has(s) || s === '["ldu"]') return MATCH;
      return s === 'pending' || s === 'transactional' || s === 'archived' ? WEAK : null;
    },
    weight: 0.5,
  },
  examples: {
    valid: ['granted', 'denied', 'opted_in', 'subscribed', 'true', '1', 'LDU'],
    invalid: ['maybe later', '2024-01-01'],
    validNames: ['consent', 'marketing_opt_in', 'ad_storage', 'analytics_storage', 'ad_user_data', 'accepts_marketing', 'subscribe', 'gdpr_consent'],
    invalidNames: ['ip_opt', 'consent_date', 'subscribe_time', 'subscribe_scene'],
  },
};
