import { WEAK, matchTag, type Detector } from '../../detector.js';

// TikTok secUid: base64 of "1.0.0\x01\0\0\0…" → MS4wLjABAAAA prefix, ~76 characters.
const SEC_UID = /^MS4wLjABAAAA[A-Za-z0-9_-]{20,120}$/;
const WXID = /^wxid_[a-z0-9]{10,24}$/;
// WeChat openid (28) / unionid (29): [A-Za-z0-9_-], openids of an official account share a prefix (o6_b…).
const WECHAT_OPENID = /^o[A-Za-z0-9_-]{27,28}$/;
const OPAQUE = /^[A-Za-z0-9_.=-]{16,128}$/;

export const platformScopedId: Detector = {
  id: 'identity.platform_scoped_id',
  category: 'identity',
  description: 'Platform- or app-scoped user id: TikTok secUid (MS4wLjABAAAA…), TikTok open_id/union_id, WeChat openid/unionid, wxid_…',
  mask: 'generic',
  names: {
    exact: ['secuid', 'secid', 'openid', 'unionid', 'wxid', 'psid', 'asid', 'igscopedid', 'wechatopenid', 'wxopenid', 'miniprogramopenid'],
    tokens: [['sec', 'uid'], ['sec', 'user', 'id'], ['open', 'id'], ['union', 'id'], ['wx', 'id'], ['wechat', 'openid'], ['wechat', 'open', 'id'], ['page', 'scoped', 'id'], ['app', 'scoped', 'id'], ['secuid'], ['openid'], ['unionid']],
  },
  value: {
    gate: (f) => f.length >= 12 && f.length <= 132 && f.spaces === 0 && f.letters >= 4,
    test(v) {
      if (SEC_UID.test(v)) return matchTag('tiktok-secuid');
      if (WXID.test(v)) return matchTag('wechat-wxid');
      if (WECHAT_OPENID.test(v)) return matchTag(v.length === 28 ? 'wechat-openid' : 'wechat-unionid', 'weak');
      return OPAQUE.test(v) ? WEAK : null;
    },
    weight: 0.95,
  },
  examples: {
    valid: ['MS4wLjABAAAAohHBZQ_iaCXFWPqyXwJUF_szJYKoG6N4Y0rW7IIyQqnIPxXDKjstRRAMiA0khil3', 'wxid_8a7c2k3m9x0p12', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', 'oX2bmjrPTlm6_2sgVt7hMZOPfL2Mq'],
    invalid: ['MS4wLjAB', 'wxid_', 'hello world'],
    validNames: ['secUid', 'sec_uid', 'openid', 'unionid', 'open_id', 'union_id', 'wxid', 'authorMeta.secUid'],
    invalidNames: ['open_time', 'union_name'],
  },
};
