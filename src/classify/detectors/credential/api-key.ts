import { WEAK, matchTag, type Detector } from '../../detector.js';

// Provider key formats (public documentation of each provider, gitleaks rule set).
const KEYS: [string, RegExp, string[]][] = [
  ['aws-access-key', /^(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}$/, ['AK', 'AS', 'AG', 'AI', 'AR', 'AN']],
  ['stripe-secret', /^(?:sk|rk)_live_[A-Za-z0-9]{16,255}$/, ['sk', 'rk']],
  ['stripe-publishable', /^pk_live_[A-Za-z0-9]{16,255}$/, ['pk']],
  ['stripe-test', /^(?:sk|rk|pk)_test_[A-Za-z0-9]{16,255}$/, ['sk', 'rk', 'pk']],
  ['github', /^(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}$/, ['gh']],
  ['github-fine-grained', /^github_pat_[A-Za-z0-9_]{22,255}$/, ['gi']],
  ['gitlab', /^glpat-[A-Za-z0-9_-]{20,}$/, ['gl']],
  ['slack', /^xox[baprse]-[A-Za-z0-9-]{10,}$/, ['xo']],
  ['google-api', /^AIza[0-9A-Za-z_-]{35}$/, ['AI']],
  ['sendgrid', /^SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}$/, ['SG']],
  ['openai', /^sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$/, ['sk']],
  ['anthropic', /^sk-ant-[A-Za-z0-9_-]{20,}$/, ['sk']],
  ['shopify', /^shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}$/, ['sh']],
  ['huggingface', /^hf_[A-Za-z0-9]{30,}$/, ['hf']],
  ['npm', /^npm_[A-Za-z0-9]{36}$/, ['np']],
  ['mailgun', /^key-[a-f0-9]{32}$/, ['ke']],
  ['twilio', /^SK[a-f0-9]{32}$/, ['SK']],
  ['square', /^(?:sq0atp|sq0csp|EAAA)[A-Za-z0-9_-]{22,}$/, ['sq', 'EA']],
  ['private-key', /^-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY/, ['--']],
];
/** Provider formats keyed by their first two characters (every format above starts with fixed letters). */
const BY_PREFIX = new Map<string, [string, RegExp][]>();
for (const k of KEYS) {
  for (const p of k[2]) {
    const list = BY_PREFIX.get(p) ?? [];
    list.push([k[0], k[1]]);
    BY_PREFIX.set(p, list);
  }
}
/** Mailchimp keys start with hex, so they are checked by shape instead of prefix. */
const MAILCHIMP = /^[a-f0-9]{32}-us\d{1,2}$/;
const HIGH_ENTROPY = /^[A-Za-z0-9+/=_.~-]{16,512}$/;

export const apiKey: Detector = {
  id: 'credential.api_key',
  category: 'credential',
  description: 'API key or secret: AWS, Stripe, GitHub, GitLab, Slack, Google, SendGrid, OpenAI, Shopify … by prefix; other high-entropy values under key/secret names; test-mode keys count as test values',
  validator: 'prefix',
  mask: 'secret',
  names: {
    exact: ['apikey', 'apisecret', 'secretkey', 'clientsecret', 'accesskey', 'accesskeyid', 'secretaccesskey', 'privatekey', 'appsecret', 'consumersecret', 'consumerkey', 'secret', 'apitoken', 'awsaccesskeyid', 'awssecretaccesskey', 'stripekey', 'signingsecret', 'webhooksecret', 'encryptionkey', 'masterkey', 'licensekey'],
    tokens: [['api', 'key'], ['api', 'secret'], ['secret', 'key'], ['client', 'secret'], ['access', 'key'], ['access', 'key', 'id'], ['secret', 'access', 'key'], ['private', 'key'], ['app', 'secret'], ['consumer', 'secret'], ['consumer', 'key'], ['api', 'token'], ['signing', 'secret'], ['webhook', 'secret'], ['encryption', 'key'], ['master', 'key'], ['secret']],
    negative: [['public'], ['name'], ['id', 'name'], ['hint'], ['rotated'], ['created'], ['expires'], ['label'], ['question'], ['answer']],
  },
  value: {
    gate: (f) => f.length >= 16 && f.length <= 4096 && f.spaces <= 4,
    test(v, f) {
      // Only keys whose first two characters fit reach the provider regexes.
      const candidates = BY_PREFIX.get(v.slice(0, 2));
      if (candidates) {
        for (const [tag, re] of candidates) {
          if (re.test(v)) return matchTag(tag, tag === 'stripe-test' ? 'test' : 'match');
        }
      }
      if (f.dashes === 1 && f.length <= 37 && MAILCHIMP.test(v)) return matchTag('mailchimp');
      return f.spaces === 0 && f.digits >= 2 && f.letters >= 6 && HIGH_ENTROPY.test(v) ? WEAK : null;
    },
    weight: 0.95,
  },
  examples: {
    valid: ['AKIAIOSFODNN7EXAMPLQ', 'sk_live_51H8xYzAbCdEfGhIjKlMnOp', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'AIzaSyD-abcdefghijklmnopqrstuvwxyz12345', 'xoxb-123456789012-abcdefghij', 'q8fJ3kL0pZ2mN7vX5cB1'],
    invalid: ['hello world', 'short', 'aaaaaaaaaaaaaaaaaaaa'],
    testValues: ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_TYooMQauvdEDq54NiTphI7jx'],
    validNames: ['api_key', 'apiKey', 'client_secret', 'aws_secret_access_key', 'secret', 'private_key'],
    invalidNames: ['api_key_name', 'public_key', 'secret_question'],
  },
};
