// Internal side, commerce: a business's own records — payments, orders, ad accounts, email
// campaigns, consent, attribution, analytics aggregates. Third parties' records count as
// internal: they come out of someone's account, not a public page.
import { hasType, type FieldView, type FileContext } from '../context.js';
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths } from './util.js';

/** Payment-processor and merchant fields: PayPal Activity CSV and IPN, Stripe objects and tables, card metadata. */
const PAYMENT_NAMES = new PatternSet([
  // PayPal Activity download [R37]
  'gross', 'fee', 'net', 'transaction_id', 'reference_txn_id', 'receipt_id', 'balance_impact', 'from_email_address',
  'to_email_address', 'address_status', 'sales_tax', 'shipping_and_handling_amount', 'insurance_amount', 'custom_number',
  // PayPal IPN [R33]
  'txn_id', 'txn_type', 'parent_txn_id', 'payer_id', 'payer_email', 'payer_status', 'receiver_id', 'receiver_email',
  'mc_gross', 'mc_fee', 'mc_currency', 'payment_gross', 'payment_fee', 'payment_status', 'payment_type', 'payment_date',
  'verify_sign', 'notify_version', 'ipn_track_id', 'protection_eligibility', 'test_ipn',
  // Stripe objects and warehouse tables
  'amount_refunded', 'amount_captured', 'amount_received', 'amount_capturable', 'application_fee_amount',
  'balance_transaction', 'balance_transaction_id', 'payment_intent', 'payment_intent_id', 'payment_method',
  'payment_method_id', 'payment_method_details.*', 'charge_id', 'refund_id', 'payout_id', 'dispute_id', 'card_id',
  'livemode', 'cvc_check', 'address_line1_check', 'address_zip_check', 'funding', 'statement_descriptor', 'receipt_url',
  'receipt_number', 'receipt_email', 'failure_code', 'failure_message', 'tokenization_method', 'arrival_date',
  'available_on', 'amount_due', 'amount_paid', 'amount_remaining', 'dynamic_last4', 'dynamic_last_4', 'outcome.*',
  'outcome_risk_level', 'outcome_risk_score', 'outcome_network_status', 'outcome_type', 'wallet_type', 'billing_details.*',
  // card metadata anywhere
  'last4', 'last_4', 'card_last4', 'card_last_four', 'last_four', 'card_brand', 'card_type', 'exp_month', 'exp_year',
  'card_expiry', 'expiry_date', 'masked_pan', 'card_bin', 'iban', 'bic', 'swift', 'routing_number', 'account_number',
  'bank_account', 'bank_account_id', '交易号', '支付方式', '银行卡号',
]);
const PAYMENT_TYPES = [
  'payment.paypal_transaction_id', 'payment.paypal_payer_id', 'payment.processor_id', 'payment.card_masked',
  'payment.card_last4', 'payment.card_expiry', 'payment.bank_account', 'payment.iban', 'payment.bic', 'payment.aba_routing',
];

/** Payment-processor/merchant fields of a file, by name or type. */
export function paymentFields(ctx: FileContext): FieldView[] {
  return ctx.once('payment', () => ctx.namedOrTyped(PAYMENT_NAMES, ...PAYMENT_TYPES));
}

export const merchantPayments: SignalDef = {
  id: 'merchant-payment-records',
  group: 'commerce',
  direction: 'internal',
  weight: 2,
  description: "Payment processor / merchant records",
  fires:
    'Payment-processor or merchant fields by name or type: PayPal Activity (`Gross`, `Fee`, `Net`, `Transaction ID`, `Balance Impact`) and IPN (`txn_id`, `payer_id`, `mc_gross`, `payment_status`), Stripe (`balance_transaction`, `payment_intent`, `amount_refunded`, `livemode`, `cvc_check`, `funding`), card metadata (`last4`, `exp_month`), or types `payment.paypal_*`, `payment.processor_id`, `payment.card_masked/last4/expiry`, `payment.iban/bic/aba_routing/bank_account`. Full weight for 3+ fields, 0.6 for 2 (or 1 confirmed by a payment type), 0.3 for a single name.',
  detect(ctx) {
    const fs = paymentFields(ctx);
    if (fs.length === 0) return null;
    // One name alone (`fee`, `txn_id`) is weak unless a detector confirmed payment values in it.
    const confirmed = fs.some((f) => hasType(f, ...PAYMENT_TYPES));
    const factor = fs.length >= 3 ? 1 : fs.length === 2 || confirmed ? 0.6 : 0.3;
    return { fields: paths(fs), evidence: `${fs.length} payment field${fs.length === 1 ? '' : 's'}: ${listFields(fs)}`, factor };
  },
};

const ORDER_NAMES = new PatternSet([
  'order_id', 'order_number', 'order_no', 'order_date', 'order_total', 'order_status', 'invoice_id', 'invoice_date',
  'invoice_number', 'invoice_line_id', 'invoice_line', 'unit_price', 'line_total', 'subtotal', 'sku', 'product_id',
  'billing_address', 'billing_city', 'billing_state', 'billing_country', 'billing_postal_code', 'shipping_address',
  'shipping_method', 'tracking_number', 'shipping_tracking_number', 'cart_id', 'rental_id', 'rental_date', 'return_date',
  'quantity', '订单号', '订单编号', '收货地址',
]);

export const orderRecords: SignalDef = {
  id: 'order-records',
  group: 'commerce',
  direction: 'internal',
  weight: 1.5,
  description: 'Orders, invoices and billing records',
  fires: 'At least 2 fields named like a shop\'s orders and invoices (`order_id`, `invoice_date`, `unit_price`, `quantity`, `billing_address`, `tracking_number`, 订单号, …).',
  detect(ctx) {
    const fs = ctx.namedOrTyped(ORDER_NAMES);
    if (fs.length < 2) return null;
    return { fields: paths(fs), evidence: `order/invoice fields ${listFields(fs)}` };
  },
};

const AD_IDS = new PatternSet(['advertiser_id', 'campaign_id', 'adgroup_id', 'ad_group_id', 'adset_id', 'ad_set_id', 'ad_id', 'creative_id', 'ad_group_criterion_criterion_id', 'keyword_ad_group_criterion']);
const AD_NAMES = new PatternSet([
  'spend', 'cost', 'cost_micros', 'cpc', 'cpm', 'ctr', 'cpp', 'impressions', 'clicks', 'reach', 'frequency', 'conversions',
  'conversion', 'conversion_rate', 'conversions_value', 'cost_per_conversion', 'cost_per_result', 'cost_per_1000_reached',
  'result', 'result_rate', 'video_play_actions', 'video_watched_2_s', 'video_watched_6_s', 'video_views_p_25',
  'video_views_p_50', 'video_views_p_75', 'video_views_p_100', 'average_video_play', 'average_video_play_per_user',
  'profile_visits', 'profile_visits_rate', 'active_view_impressions', 'active_view_measurability',
  'active_view_measurable_cost_micros', 'active_view_measurable_impressions', 'active_view_viewability',
  'view_through_conversions', 'interactions', 'interaction_event_types', 'ad_network_type', 'budget', 'budget_mode',
  'bid_price', 'bid_type', 'billing_event', 'optimization_goal', 'optimization_event', 'objective_type', 'placement_type',
  'stat_time_day', 'stat_time_hour', 'date_start', 'date_stop', 'actions', 'action_values', 'cost_per_unique_click',
  'unique_clicks', 'inline_link_clicks', 'auto_tagging_enabled', 'tracking_url_template', 'final_url_suffix', 'final_urls',
  'optimization_score', 'search_term', 'search_term_match_type', 'quality_score', 'average_cpc', 'campaign_name',
  'adgroup_name', 'ad_group_name', 'adset_name', 'ad_name', 'ad_text', 'call_to_action', 'advertising_channel_type',
  'advertising_channel_subtype', 'serving_status', 'operation_status', 'secondary_status', 'real_time_conversion',
  'real_time_result', 'real_time_cost_per_result', 'cost_per_secondary_goal_result', 'secondary_goal_result',
  'impression_tracking_url', 'click_tracking_url', 'landing_page_url', '广告', '消耗', '展示', '点击',
]);

/** Ad-account ids and metrics of a file, by name or type. */
export function adFields(ctx: FileContext): FieldView[] {
  return ctx.once('ads', () => {
    const ids = ctx.namedOrTyped(AD_IDS, 'marketing.campaign_id');
    const metrics = ctx.namedOrTyped(AD_NAMES, 'marketing.ad_metric').filter((f) => !AD_IDS.has(f.segs));
    // One id or one metric alone (a `campaign_id` in an email tool) is not an ad account.
    if (ids.length + metrics.length < 3 && !(ids.length > 0 && metrics.length > 0)) return [];
    return [...ids, ...metrics];
  });
}

export const adAccountData: SignalDef = {
  id: 'ad-account-data',
  group: 'commerce',
  direction: 'internal',
  weight: 2,
  description: 'Ad-account ids and performance metrics',
  fires:
    'Ad-platform ids (`advertiser_id`, `campaign_id`, `adgroup_id`, `ad_id`; type `marketing.campaign_id`) and metrics (`spend`, `impressions`, `clicks`, `ctr`, `cpc`, `cpm`, `cost_micros`, `conversions`, `video_views_p_25`…; type `marketing.ad_metric`): 3 or more, or an id with a metric. TikTok Ads, Meta Insights and Google Ads report columns.',
  detect(ctx) {
    const fs = adFields(ctx);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `${fs.length} ad-account fields: ${listFields(fs)}` };
  },
};

const ATTRIBUTION_NAMES = new PatternSet([
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id', 'gclid', 'gbraid', 'wbraid', 'dclid',
  'fbclid', 'msclkid', 'ttclid', 'twclid', 'li_fat_id', 'mc_cid', 'mc_eid', 'rdt_cid', 'sccid', 'irclickid', 'click_id',
  'clickid', 'mkt_medium', 'mkt_source', 'mkt_term', 'mkt_content', 'mkt_campaign', 'mkt_clickid', 'mkt_network', 'gclsrc',
]);

export const marketingAttribution: SignalDef = {
  id: 'marketing-attribution',
  group: 'commerce',
  direction: 'internal',
  weight: 1,
  description: 'Campaign attribution (UTM parameters, click ids)',
  fires: 'Fields typed `marketing.utm` or `marketing.click_id`, or named `utm_*`, `gclid`, `fbclid`, `ttclid`, `msclkid`, `mkt_*`, … — a site\'s own attribution data.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(ATTRIBUTION_NAMES, 'marketing.utm', 'marketing.click_id');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `attribution fields ${listFields(fs)}` };
  },
};

const HASHED_NAMES = new PatternSet([
  'hashed_email', 'email_sha256', 'sha256_email', 'email_hash', 'email_md5', 'md5_email', 'hashed_phone', 'phone_sha256',
  'phone_hash', 'hashed_maid', 'em', 'ph', 'fn', 'ln', 'external_id_hash',
]);

export const hashedAudienceIds: SignalDef = {
  id: 'hashed-audience-ids',
  group: 'commerce',
  direction: 'internal',
  weight: 1.5,
  description: 'Hashed audience identifiers (custom-audience uploads)',
  fires: 'Fields typed `marketing.hashed_identifier` or named like hashed match keys (`hashed_email`, `email_sha256`, `em`, `ph`, …) — advertiser-side audience lists.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(HASHED_NAMES, 'marketing.hashed_identifier').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `hashed identifiers ${listFields(fs)}` };
  },
};

const CONSENT_NAMES = new PatternSet([
  'consent', 'consents', 'ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization', 'gdpr_consent', 'gdpr',
  'opt_in', 'optin', 'opted_in', 'marketing_opt_in', 'email_opt_in', 'sms_opt_in', 'timestamp_opt', 'ip_opt', 'optin_time',
  'optin_ip', 'confirm_time', 'confirm_ip', 'unsubscribed', 'unsubscribe_reason', 'data_processing_options', 'tcf_string',
  'subscribe', 'subscribe_time', 'subscribed_at', 'unsubscribed_at', 'marketing_consent', 'accepts_marketing',
]);

export const consentRecords: SignalDef = {
  id: 'consent-records',
  group: 'commerce',
  direction: 'internal',
  weight: 1,
  description: 'Consent and opt-in records',
  fires: 'Fields typed `marketing.consent` or named like consent state (`ad_storage`, `gdpr_consent`, `opt_in`, `timestamp_opt`, `ip_opt`, `subscribe_time`, `accepts_marketing`, …).',
  detect(ctx) {
    const fs = ctx.namedOrTyped(CONSENT_NAMES, 'marketing.consent');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `consent fields ${listFields(fs)}` };
  },
};

const EMAIL_MARKETING_NAMES = new PatternSet([
  'member_rating', 'merge_fname', 'merge_lname', 'merge_fields.*', 'unique_email_id', 'email_client', 'email_type',
  'timestamp_signup', 'ip_signup', 'subject_line', 'from_name', 'reply_to', 'send_time', 'archive_url', 'long_archive_url',
  'track_opens', 'track_html_clicks', 'track_text_clicks', 'emails_sent', 'open_rate', 'click_rate', 'bounce_type',
  'abuse_reports', 'leid', 'euid', 'optin_time', 'confirm_time', 'email_type_option', 'permission_reminder',
  'default_from_email', 'default_from_name', 'subscribe_url_short', 'subscribe_url_long', 'beamer_address', 'list_rating',
  'notify_on_subscribe', 'notify_on_unsubscribe', 'list_id', 'unsubscribe_reason', 'segment_text', 'winner_criteria',
  'member_id', 'combination_id', 'opens', 'unique_opens', 'unsubscribes', 'hard_bounces', 'soft_bounces',
]);

/** Email-marketing tool fields (Mailchimp audience and campaign exports and the like). */
export function emailMarketingFields(ctx: FileContext): FieldView[] {
  return ctx.once('email-marketing', () => {
    const fs = ctx.namedOrTyped(EMAIL_MARKETING_NAMES);
    return fs.length >= 2 ? fs : [];
  });
}

export const emailMarketing: SignalDef = {
  id: 'email-marketing-records',
  group: 'commerce',
  direction: 'internal',
  weight: 1.5,
  description: 'Email-marketing audience or campaign records',
  fires: 'At least 2 fields of email-marketing tools (Mailchimp `member_rating`, `merge_fname`, `unique_email_id`, `timestamp_signup`, `subject_line`, `send_time`, `archive_url`, `list_id`, `OPTIN_TIME`, `LEID`, …).',
  detect(ctx) {
    const fs = emailMarketingFields(ctx);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `email-marketing fields ${listFields(fs)}` };
  },
};

const AGGREGATE_NAMES = new PatternSet([
  'dau', 'wau', 'mau', 'daily_active_users', 'weekly_active_users', 'monthly_active_users', 'active_users',
  'active1DayUsers', 'active7DayUsers', 'active28DayUsers', 'dauPerMau', 'dau_per_mau', 'new_users', 'newUsers', 'sessions',
  'retention', 'retention_rate', 'day1_retention', 'day7_retention', 'churn', 'churn_rate', 'engagement_rate',
  'engagementRate', 'userEngagementDuration', 'avg_session_duration', 'session_duration', '日活', '月活', '留存率',
]);

export const platformAggregates: SignalDef = {
  id: 'platform-aggregates',
  group: 'commerce',
  direction: 'internal',
  weight: 1,
  description: 'Platform-level aggregates (DAU/MAU, retention)',
  fires: 'Fields typed `user_stats.activity_metric` or named `dau`, `mau`, `active_users`, `retention`, `sessions`, `engagement_rate`, 日活, … — owners\' analytics, not public counters.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(AGGREGATE_NAMES, 'user_stats.activity_metric');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `aggregate metrics ${listFields(fs)}` };
  },
};

const INFERRED_NAMES = new PatternSet([
  'demographics.*', 'age_range', 'ageRange', 'likelihood', 'interests', 'affinity', 'affinities', 'propensity',
  'income_range', 'net_worth', 'scores.*', 'influence_score', 'klout_score', 'inferred_salary', 'inferred_years_experience',
  'deducedLocation', 'locationDeduced.*', 'persona', 'lookalike', 'predicted_ltv', 'churn_score', 'credit_score',
]);

export const inferredAttributes: SignalDef = {
  id: 'inferred-attributes',
  group: 'commerce',
  direction: 'internal',
  weight: 1,
  description: 'Inferred demographics and scores',
  fires: 'Fields holding derived attributes (`demographics.*`, `ageRange`, `likelihood`, `interests`, `propensity`, `influence_score`, `locationDeduced.*`, …) or typed `marketing.audience` — made by an aggregator or marketer, not shown on a profile.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(INFERRED_NAMES, 'marketing.audience');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `inferred attributes ${listFields(fs)}` };
  },
};
