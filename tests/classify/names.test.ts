// Field-name evidence: word tokens (never substrings), abbreviations, run-together compounds,
// head words that change the meaning, parent context, CJK headers.
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { NAME_EXACT, NAME_PARENT, NAME_TOKEN, buildVocabulary, lastSegment, parentSegment, prepareName, scoreName, tokenize } from '../../src/classify/names.js';

const vocab = buildVocabulary(DETECTORS);
const hintsOf = (id: string) => DETECTORS.find((d) => d.id === id)!.names;
const score = (path: string, id: string) => scoreName(prepareName(path, vocab), hintsOf(id));

describe('tokenize', () => {
  it('splits snake, kebab, camel, Pascal, Title Case and digits', () => {
    expect(tokenize('billing_email-address')).toEqual(['billing', 'email', 'address']);
    expect(tokenize('followerCount')).toEqual(['follower', 'count']);
    expect(tokenize('HTTPStatusCode')).toEqual(['http', 'status', 'code']);
    expect(tokenize('From Email Address')).toEqual(['from', 'email', 'address']);
    expect(tokenize('card_last4')).toEqual(['card', 'last', '4']);
  });
  it('expands abbreviations', () => {
    expect(tokenize('fl_nm')).toEqual(['full', 'name']);
    expect(tokenize('em')).toEqual(['email']);
    expect(tokenize('cust_ph')).toEqual(['customer', 'phone']);
    expect(tokenize('dob')).toEqual(['birth', 'date']);
  });
  it('splits run-together lower-case compounds into known words only', () => {
    expect(tokenize('followercount', vocab)).toEqual(['follower', 'count']);
    expect(tokenize('lastloginip', vocab)).toEqual(['last', 'login', 'ip']);
    expect(tokenize('isadmin', vocab)).toEqual(['is', 'admin']);
    expect(tokenize('public', vocab)).toEqual(['public']);
    expect(tokenize('republic', vocab)).toEqual(['republic']);
  });
  it('keeps CJK headers whole', () => {
    expect(tokenize('手机号')).toEqual(['手机号']);
  });
});

describe('path segments', () => {
  it('takes the leaf and its parent, without array markers', () => {
    expect(lastSegment('data.items[].billing_email')).toBe('billing_email');
    expect(parentSegment('data.items[].billing_email')).toBe('items');
    expect(lastSegment('mentions[]')).toBe('mentions');
    expect(lastSegment('bundle.zip!users.csv')).toBe('csv');
  });
});

describe('scoreName', () => {
  it('scores whole names above names that merely contain a hint', () => {
    expect(score('email', 'contact.email').score).toBe(NAME_EXACT);
    expect(score('billing_email', 'contact.email').score).toBe(NAME_TOKEN);
    expect(score('card.number', 'payment.card_number').score).toBe(NAME_PARENT);
  });
  it('never matches raw substrings', () => {
    // "lic" inside "public", "ip" inside "zip" or "ship", "pan" inside "company"
    expect(score('public_key_id', 'identity.username').score).toBe(0);
    expect(score('zip', 'network.ip_address').score).toBe(0);
    expect(score('shipping', 'network.ip_address').score).toBe(0);
    expect(score('company', 'payment.card_number').score).toBe(0);
  });
  it('drops a hint followed by a word that changes the meaning', () => {
    expect(score('email_verified_at', 'contact.email').score).toBe(0);
    expect(score('followers_url', 'user_stats.follower_count').score).toBe(0);
    expect(score('card_id', 'payment.card_number').score === 0 || score('card_id', 'payment.card_number').negative).toBe(true);
    expect(score('user_id', 'identity.username').score).toBe(0);
  });
  it('treats is_/has_ names as flags', () => {
    expect(score('has_email', 'contact.email').score).toBe(0);
    expect(score('is_verified', 'identity.verified_flag').score).toBeGreaterThan(0);
  });
  it('lets a generic leaf take its meaning from the parent', () => {
    expect(score('covers.default', 'content.media_url').score).toBe(NAME_PARENT);
    expect(score('state.name', 'location.region').score).toBeGreaterThan(0);
    expect(score('state.name', 'identity.person_name').negative).toBe(true);
  });
  it('knows platform field names and Chinese headers', () => {
    for (const [name, id] of [
      ['uniqueId', 'identity.username'], ['secUid', 'identity.platform_scoped_id'], ['followerCount', 'user_stats.follower_count'],
      ['fans', 'user_stats.follower_count'], ['heart', 'user_stats.like_count'], ['diggCount', 'user_stats.like_count'],
      ['screen_name', 'identity.username'], ['followers_count', 'user_stats.follower_count'], ['edge_followed_by', 'user_stats.follower_count'],
      ['txn_id', 'payment.paypal_transaction_id'], ['payer_email', 'contact.email'], ['mc_gross', 'payment.amount'],
      ['手机号', 'contact.phone'], ['邮箱', 'contact.email'], ['身份证号', 'government_id.cn_resident_id'], ['姓名', 'identity.person_name'],
      ['昵称', 'identity.display_name'], ['地址', 'contact.postal_address'], ['粉丝数', 'user_stats.follower_count'], ['金额', 'payment.amount'],
      ['订单号', 'payment.order_id'],
    ] as const) {
      expect(score(name, id).score, `${name} → ${id}`).toBe(NAME_EXACT);
    }
  });
  it('marks names that argue against a type', () => {
    expect(score('order_number', 'payment.card_number').negative).toBe(true);
    expect(score('campaign.name', 'identity.person_name').negative).toBe(true);
  });
});
