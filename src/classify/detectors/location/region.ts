import { MATCH, WEAK, type Detector } from '../../detector.js';

const US_STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia', 'ontario', 'quebec', 'british columbia', 'alberta', 'bavaria', 'bayern', 'england', 'scotland', 'wales', 'new south wales', 'victoria', 'queensland',
  '北京', '北京市', '上海', '上海市', '天津', '天津市', '重庆', '重庆市', '河北', '河北省', '山西', '山西省', '辽宁', '辽宁省', '吉林', '吉林省', '黑龙江', '黑龙江省', '江苏', '江苏省', '浙江', '浙江省', '安徽', '安徽省', '福建', '福建省', '江西', '江西省', '山东', '山东省', '河南', '河南省', '湖北', '湖北省', '湖南', '湖南省', '广东', '广东省', '海南', '海南省', '四川', '四川省', '贵州', '贵州省', '云南', '云南省', '陕西', '陕西省', '甘肃', '甘肃省', '青海', '青海省', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门']);
const REGION_TEXT = /^[\p{L}][\p{L} .'-]{0,40}$/u;

export const region: Detector = {
  id: 'location.region',
  category: 'location',
  description: 'State, province, region or district (US states and Chinese provinces value-led, otherwise name-led)',
  mask: 'none',
  names: {
    exact: ['state', 'province', 'region', 'district', 'county', 'prefecture', 'georegion', 'georegionname', 'administrativearea', 'stateprovince', 'addressstate', 'billingstate', 'shippingstate', 'statecode', 'provincecode', '省', '省份', '地区', '区', '州', '所在地区'],
    tokens: [['state'], ['province'], ['region'], ['district'], ['county'], ['prefecture'], ['geo', 'region'], ['geo', 'region', 'name'], ['administrative', 'area'], ['address', 'state'], ['billing', 'state'], ['shipping', 'state'], ['state', 'code'], ['state', 'province'], ['state', 'name'], ['region', 'name'], ['province', 'name'], ['county', 'name'], ['district', 'name']],
    negative: [['machine'], ['status'], ['id'], ['count'], ['process'], ['session'], ['order'], ['payment'], ['account'], ['flag'], ['ad'], ['campaign'], ['job'], ['code', 'challenge']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 42 && f.digits === 0 && f.at === 0,
    test(v) {
      if (US_STATES.has(v.toLowerCase())) return MATCH;
      return REGION_TEXT.test(v) ? WEAK : null;
    },
    weight: 0.4,
  },
  examples: {
    valid: ['California', 'NY', 'Bavaria', '广东省', 'Île-de-France'],
    invalid: ['12', 'a@b'],
    validNames: ['state', 'province', 'region', 'geo_region_name', 'BillingState', '省份', 'district'],
    invalidNames: ['state_machine', 'order_state', 'region_id'],
  },
};
