import { MATCH, type Detector } from '../../detector.js';

const PLACE = /^[\p{L}][\p{L}\p{M} .,'()-]{0,80}$/u;

export const city: Detector = {
  id: 'location.city',
  category: 'location',
  description: 'City, town or self-reported location text (name-led: city, town, locality, location, 城市)',
  mask: 'generic',
  names: {
    exact: ['city', 'town', 'cityname', 'locality', 'municipality', 'geocity', 'billingcity', 'shippingcity', 'addresscity', 'location', 'locationname', 'hometown', 'citycode', '城市', '市', '所在城市', '所在地'],
    tokens: [['city'], ['town'], ['city', 'name'], ['locality'], ['municipality'], ['geo', 'city'], ['billing', 'city'], ['shipping', 'city'], ['address', 'city'], ['location'], ['location', 'general'], ['location', 'name'], ['hometown'], ['normalized', 'location'], ['deduced', 'location']],
    negative: [['id'], ['count'], ['latitude'], ['longitude'], ['coordinates'], ['code'], ['url'], ['type'], ['storage'], ['file'], ['path'], ['bucket']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 82 && f.digits === 0 && f.at === 0 && f.slashes === 0,
    test: (v) => (PLACE.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['San Francisco', 'München', 'Denver, Colorado, United States', '北京'],
    invalid: ['12345', 'https://a.b/c'],
    validNames: ['city', 'City', 'geo_city', 'location', 'BillingCity', '城市', 'locationGeneral'],
    invalidNames: ['city_id', 'location_id', 'storage_location'],
  },
};
