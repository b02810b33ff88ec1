import { CHECKSUM_FAIL, WEAK, matchTag, type Detector } from '../../detector.js';
import { checkResidentId } from '../../validators/cn-resident-id.js';

/** Published sample numbers (python-stdnum's test vector, GB 11643 examples). */
const EXAMPLES = new Set(['11010519491231002X', '110101199003077777', '440308199901010011']);

export const cnResidentId: Detector = {
  id: 'government_id.cn_resident_id',
  category: 'government_id',
  description: 'Chinese resident identity card number: region prefix, valid birth date, ISO 7064 MOD 11-2 check character; 15-digit legacy numbers need the name',
  validator: 'iso7064-mod11-2',
  mask: 'digits',
  names: {
    exact: ['idcard', 'idcardno', 'idcardnumber', 'residentid', 'citizenid', 'nationalid', 'idno', 'idnumber', 'sfz', 'sfzh', '身份证', '身份证号', '身份证号码', '证件号', '证件号码', '居民身份证'],
    tokens: [['id', 'card'], ['id', 'card', 'number'], ['resident', 'id'], ['citizen', 'id'], ['national', 'id'], ['id', 'number'], ['identity', 'card'], ['identity', 'number']],
  },
  value: {
    gate: (f) => (f.length === 18 && f.digits >= 17) || (f.length === 15 && f.digits === 15),
    test(v, f) {
      if (f.length === 15) return WEAK;
      const r = checkResidentId(v);
      if (r === 'valid') return matchTag(v.slice(0, 2), EXAMPLES.has(v.toUpperCase()) ? 'test' : 'match');
      return r === 'bad-checksum' ? CHECKSUM_FAIL : null;
    },
    weight: 0.97,
  },
  examples: {
    valid: ['440308199901010039', '320102198001010016', '510107198506123451'],
    invalid: ['440308199901010038', '991231194912310021', '110105194913310021', '12345678901234567X'],
    testValues: ['11010519491231002X'],
    validNames: ['id_card', 'idcard_no', '身份证号', 'resident_id', 'national_id'],
    invalidNames: ['card_id', 'id'],
  },
};
