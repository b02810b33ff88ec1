import { matchTag, type Detector } from '../../detector.js';

const BROWSER = /^Mozilla\/\d\.\d \(/;
const CLIENT = /^(?:(?:curl|Wget|python-requests|python-urllib|okhttp|Dalvik|Go-http-client|Apache-HttpClient|Java|libwww-perl|PostmanRuntime|axios|node-fetch|facebookexternalhit|Googlebot|bingbot|Twitterbot|Slackbot)\/|com\.[a-z]+\.[a-z.]+\/|[A-Za-z][\w.-]{1,40}\/[\d.]+ \((?:iPhone|iPad|Linux|Android|Windows|Macintosh|compatible)|[A-Za-z][\w-]{1,40}\/[\d.]+ CFNetwork\/)/;
const BOT = /bot|crawl|spider|slurp|facebookexternalhit|curl|wget|python|okhttp|go-http|java\/|httpclient/i;

export const userAgent: Detector = {
  id: 'device.user_agent',
  category: 'device',
  description: 'HTTP User-Agent string (browsers, apps, HTTP clients and bots; bots/clients tagged)',
  mask: 'generic',
  names: {
    exact: ['useragent', 'ua', 'httpuseragent', 'clientuseragent', 'browseragent', 'agent'],
    tokens: [['user', 'agent'], ['http', 'user', 'agent'], ['client', 'user', 'agent']],
    negative: [['family'], ['version'], ['type'], ['major'], ['minor'], ['parsed']],
  },
  value: {
    gate: (f) => f.length >= 8 && f.length <= 2048 && f.slashes >= 1,
    test(v) {
      if (BROWSER.test(v)) return matchTag(BOT.test(v) ? 'bot' : 'browser');
      return CLIENT.test(v) ? matchTag(BOT.test(v) ? 'bot' : 'app') : null;
    },
    weight: 0.95,
  },
  examples: {
    valid: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', 'curl/7.68.0', 'okhttp/4.9.0', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'TikTok/26.2.0 (iPhone; iOS 14.4.2; en_US) Cronet'],
    invalid: ['Chrome', 'https://example.com/a/b', 'text/html'],
    validNames: ['user_agent', 'useragent', 'http_user_agent', 'client_user_agent', 'ua'],
    invalidNames: ['useragent_family', 'br_version'],
  },
};
