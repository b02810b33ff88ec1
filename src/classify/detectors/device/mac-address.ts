import { matchTag, type Detector } from '../../detector.js';

const MAC = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/;
const MAC_DOTTED = /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/;
/** RFC 7042 documentation range 00-00-5E-00-53-xx, the all-zero and broadcast addresses (hex digits only). */
const TEST_MAC = /^(?:00005e0053[0-9a-f]{2}|0{12}|f{12})$/;

export const macAddress: Detector = {
  id: 'device.mac_address',
  category: 'device',
  description: 'MAC / hardware address (aa:bb:cc:dd:ee:ff, aa-bb-…, aabb.ccdd.eeff); locally administered vs universal in tags',
  mask: 'generic',
  names: {
    exact: ['mac', 'macaddress', 'macaddr', 'hwaddr', 'hardwareaddress', 'bssid', 'wifimac', 'bluetoothmac'],
    tokens: [['mac'], ['mac', 'address'], ['hw', 'addr'], ['hardware', 'address'], ['bssid']],
  },
  value: {
    gate: (f) => (f.length === 17 && (f.colons === 5 || f.dashes === 5)) || (f.length === 14 && f.dots === 2),
    test(v) {
      if (!MAC.test(v) && !MAC_DOTTED.test(v)) return null;
      if (TEST_MAC.test(v.replace(/[:.-]/g, '').toLowerCase())) return matchTag('documentation', 'test');
      // Second-least-significant bit of the first octet: locally administered (randomised) address.
      const first = parseInt(v.slice(0, 2), 16);
      return matchTag(first & 2 ? 'local' : 'universal');
    },
    weight: 0.9,
  },
  examples: {
    valid: ['3c:22:fb:12:ab:9e', '3C-22-FB-12-AB-9E', '3c22.fb12.ab9e', 'da:a1:19:00:11:22'],
    invalid: ['3c:22:fb:12:ab', '12:30:45', '3c:22:fb:12:ab:9e:11', 'zz:22:fb:12:ab:9e'],
    testValues: ['00:00:5E:00:53:01', 'ff:ff:ff:ff:ff:ff'],
    validNames: ['mac', 'mac_address', 'macAddress', 'bssid'],
    invalidNames: ['machine', 'macro'],
  },
};
