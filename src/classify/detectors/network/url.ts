import { TEST_VALUE, WEAK, matchTag, type Detector } from '../../detector.js';
import { isReservedHost, parseUrl, urlGate } from '../../shapes/url.js';

const RELATIVE = /^\/[^\s]*$/;
const BARE_WWW = /^www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s]*)?$/i;

export const url: Detector = {
  id: 'network.url',
  category: 'network',
  description: 'URL (http, https, ftp, ws); request paths under URL-like names; reserved example domains count as test values',
  mask: 'generic',
  names: {
    exact: ['url', 'uri', 'link', 'href', 'website', 'homepage', 'web', 'pageurl', 'referer', 'referrer', 'httpreferer', 'refrurl', 'requesturi', 'requestpath', 'requesturl', 'receipturl', 'callbackurl', 'redirecturi', 'returnurl', 'permalink', 'shareurl', 'archiveurl', 'weburl', '链接', '网址'],
    tokens: [['url'], ['uri'], ['link'], ['href'], ['page', 'url'], ['referer'], ['referrer'], ['request', 'path'], ['request', 'uri'], ['request', 'url'], ['request'], ['callback', 'url'], ['redirect', 'uri'], ['redirect', 'url'], ['return', 'url'], ['permalink'], ['website'], ['websites', 'url'], ['url', 'path'], ['page', 'url', 'path'], ['url', 'query']],
    negative: [['count'], ['id'], ['type'], ['enabled'], ['host'], ['scheme'], ['port'], ['fragment'], ['template']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.spaces === 0,
    test(v, f) {
      if (urlGate(f)) {
        const u = parseUrl(v);
        if (u) return isReservedHost(u.host) ? TEST_VALUE : matchTag(u.scheme);
      }
      if (f.dots >= 1 && BARE_WWW.test(v)) return WEAK;
      return f.slashes >= 1 && RELATIVE.test(v) ? WEAK : null;
    },
    weight: 0.8,
  },
  examples: {
    valid: ['https://semicomplete.com/presentations/logstash/', 'http://www.google.com/?q=a', 'ftp://files.host.org/a.zip', '/presentations/logstash-monitorama-2013/', 'www.twitter.com'],
    invalid: ['not a url', 'mailto:x@y.z', 'https://bad host/x'],
    testValues: ['https://example.com/path', 'http://shop.test/'],
    validNames: ['url', 'page_url', 'referrer', 'http_referer', 'request_path', 'receipt_url', 'website', 'link'],
    invalidNames: ['url_count', 'page_url_id', 'final_url_suffix_template'],
  },
};
