import { MATCH, WEAK, matchTag, type Detector } from '../../detector.js';
import { isHexOnly, isUuid } from '../../shapes/hex.js';
import { imeiValid } from '../../validators/imei.js';

/** The all-zero advertising id (tracking limited) and the IMEI example from the GSMA/Wikipedia docs. */
const TEST_IDS = new Set(['00000000-0000-0000-0000-000000000000', '490154203237518', '356938035643809']);
const OPAQUE = /^[A-Za-z0-9._:-]{8,128}$/;

export const deviceId: Detector = {
  id: 'device.device_id',
  category: 'device',
  description: 'Device identifier: advertising ids (IDFA/GAID), IDFV, Android id, IMEI (Luhn), device/install ids; kinds in tags',
  validator: 'luhn (IMEI)',
  mask: 'generic',
  names: {
    exact: ['deviceid', 'idfa', 'idfv', 'gaid', 'aaid', 'advertisingid', 'androidid', 'imei', 'meid', 'udid', 'installationid', 'installid', 'maid', 'mobileadid', 'deviceuuid', 'hardwareid', 'serialnumber', 'clientdeviceid', 'dvceid', '设备id', '设备号', '设备标识'],
    tokens: [['device', 'id'], ['idfa'], ['idfv'], ['gaid'], ['advertising', 'id'], ['android', 'id'], ['imei'], ['udid'], ['installation', 'id'], ['install', 'id'], ['mobile', 'ad', 'id'], ['device', 'uuid'], ['hardware', 'id'], ['device', 'serial'], ['device', 'fingerprint'], ['user', 'fingerprint'], ['device', 'token']],
    negative: [['type'], ['model'], ['name'], ['os'], ['count'], ['brand']],
  },
  value: {
    gate: (f) => f.length >= 8 && f.length <= 128 && f.spaces === 0,
    test(v, f) {
      if (TEST_IDS.has(v.toLowerCase())) return matchTag(f.length === 15 ? 'imei' : 'advertising-id', 'test');
      if (isUuid(v, f)) return matchTag(f.upper > 0 ? 'idfa' : 'uuid');
      if (f.length === 15 && f.int === f.int) return imeiValid(v) ? matchTag('imei') : null;
      if (f.length === 16 && isHexOnly(f)) return matchTag('android-id');
      return OPAQUE.test(v) ? (f.digits > 0 ? MATCH : WEAK) : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['6D92078A-8246-4BA4-AE5B-76104861E7DC', '38400000-8cf0-11bd-b23e-10b96e4ef00d', '9774d56d682e549c', '353918057204451', 'a1b2c3d4e5f6'],
    invalid: ['short', 'has spaces in it'],
    testValues: ['00000000-0000-0000-0000-000000000000', '490154203237518'],
    validNames: ['device_id', 'deviceId', 'idfa', 'gaid', 'android_id', 'imei', 'advertising_id', 'user_fingerprint'],
    invalidNames: ['device_type', 'device_model', 'device_os'],
  },
};
