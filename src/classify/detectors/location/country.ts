import { MATCH, WEAK, type Detector } from '../../detector.js';
import { COUNTRY_NAMES, ISO_COUNTRIES, ISO_COUNTRIES_3 } from '../../shapes/countries.js';

export const country: Detector = {
  id: 'location.country',
  category: 'location',
  description: 'Country: English/Chinese country names (value-led), ISO 3166 alpha-2/alpha-3 codes (name-led)',
  validator: 'iso3166',
  mask: 'none',
  names: {
    exact: ['country', 'countrycode', 'countryname', 'nationality', 'residencecountry', 'geocountry', 'countryiso', 'iso2', 'iso3', '国家', '国籍', '国家代码'],
    tokens: [['country'], ['country', 'code'], ['country', 'name'], ['nationality'], ['residence', 'country'], ['geo', 'country'], ['billing', 'country'], ['shipping', 'country'], ['card', 'country'], ['country', 'iso']],
    negative: [['count'], ['id'], ['calling'], ['dial'], ['phone'], ['currency']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 40 && f.digits === 0 && f.at === 0,
    test(v, f) {
      if (f.length <= 3 && f.letters === f.length) {
        const u = f.lower > 0 ? v.toUpperCase() : v;
        return (f.length === 2 && (ISO_COUNTRIES.has(u) || u === 'UK' || u === 'EU')) || (f.length === 3 && ISO_COUNTRIES_3.has(u)) ? WEAK : null;
      }
      return COUNTRY_NAMES.has(v.toLowerCase()) ? MATCH : null;
    },
    weight: 0.7,
  },
  examples: {
    valid: ['United States', 'Germany', 'US', 'de', 'GBR', '中国'],
    invalid: ['Atlantis', 'XX', 'ZZZ', '12'],
    validNames: ['country', 'country_code', 'CountryCode', 'residence_country', 'geo_country', 'BillingCountry', '国家'],
    invalidNames: ['country_count', 'country_calling_code'],
  },
};
