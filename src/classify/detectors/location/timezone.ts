import { MATCH, WEAK, type Detector } from '../../detector.js';

const IANA = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?$/;
const OFFSET = /^(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?$|^(?:UTC|GMT|Z)$/;
const NAMED = /^[A-Z][A-Za-z .&()'-]{2,60}$/;

export const timezone: Detector = {
  id: 'location.timezone',
  category: 'location',
  description: 'Time zone: IANA names (America/New_York, value-led), UTC offsets and zone labels (name-led)',
  mask: 'none',
  names: {
    exact: ['timezone', 'tz', 'timezonename', 'utcoffset', 'gmtoff', 'gmtoffset', 'geotimezone', 'ostimezone', 'zone', '时区'],
    tokens: [['timezone'], ['time', 'zone'], ['utc', 'offset'], ['gmt', 'offset'], ['gmtoff'], ['geo', 'timezone'], ['os', 'timezone'], ['dstoff']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 64 && f.at === 0,
    test(v, f) {
      if (f.slashes >= 1 && IANA.test(v)) return MATCH;
      if (f.int === f.int || OFFSET.test(v) || NAMED.test(v) || /^-?\d{1,5}(?:\.\d{1,2})?$/.test(v)) return WEAK;
      return null;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['America/New_York', 'Europe/Berlin', 'UTC+8', '-25200', 'Pacific Time (US & Canada)', '0'],
    invalid: ['a@b', 'not/a/zone/x/y'],
    validNames: ['timezone', 'time_zone', 'utc_offset', 'gmtoff', 'geo_timezone', 'TimeZone'],
    invalidNames: ['zone_id', 'timestamp'],
  },
};
