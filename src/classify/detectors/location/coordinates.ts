import { MATCH, WEAK, type Detector } from '../../detector.js';

// The separator is `,`/`;` with optional spaces, or spaces alone (`\s*[,;\s]\s*` is the same but quadratic).
const PAIR = /^\(?\s*(-?\d{1,3}\.\d{3,})(?:\s*[,;]\s*|\s+)(-?\d{1,3}\.\d{3,})\s*\)?$/;
const WKT = /^POINT\s?\(\s*-?\d{1,3}(?:\.\d+)?\s+-?\d{1,3}(?:\.\d+)?\s*\)$/i;
const DECIMAL = /^-?\d{1,3}\.\d{2,}$/;

export const coordinates: Detector = {
  id: 'location.coordinates',
  category: 'location',
  description: 'Geographic coordinates: "lat,lon" pairs and WKT points (value-led), latitude/longitude columns (name-led, range-checked)',
  mask: 'generic',
  names: {
    exact: ['lat', 'lng', 'lon', 'latitude', 'longitude', 'coordinates', 'coords', 'geo', 'geolocation', 'geopoint', 'latlng', 'latlon', 'latlong', 'location', 'position', 'geolatitude', 'geolongitude', '经度', '纬度', '坐标'],
    tokens: [['latitude'], ['longitude'], ['coordinates'], ['coords'], ['geo', 'latitude'], ['geo', 'longitude'], ['geo', 'point'], ['lat', 'lng'], ['lat', 'lon'], ['lat', 'long'], ['geolocation'], ['gps']],
    negative: [['id'], ['count'], ['accuracy'], ['precision']],
  },
  value: {
    gate: (f) => f.digits >= 3 && f.length <= 60 && f.dots >= 1 && f.letters <= 5,
    test(v, f) {
      const m = PAIR.exec(v);
      if (m) return Math.abs(+m[1]) <= 90 && Math.abs(+m[2]) <= 180 ? MATCH : null;
      if (f.letters > 0) return WKT.test(v) ? MATCH : null;
      // A single latitude or longitude: only the name says which.
      return DECIMAL.test(v) && Math.abs(+v) <= 180 ? WEAK : null;
    },
    weight: 0.85,
  },
  examples: {
    valid: ['37.7749,-122.4194', '(51.5074, -0.1278)', 'POINT(-122.4194 37.7749)', '-33.8688', '151.2093'],
    invalid: ['12', '1.2.3.4', '37.7749,-222.4194', 'abc'],
    validNames: ['latitude', 'longitude', 'lat', 'lng', 'geo_latitude', 'coordinates', '经度'],
    invalidNames: ['lat_accuracy', 'location_id'],
  },
};
