import { MATCH, type Detector } from '../../detector.js';
import { timeGate, timeShape } from '../../shapes/time.js';

export const birthDate: Detector = {
  id: 'identity.birth_date',
  category: 'identity',
  description: 'Date (or year) of birth: dob, birthday, birth_date, date_of_birth, 出生日期',
  mask: 'generic',
  names: {
    exact: ['dob', 'birthday', 'birthdate', 'dateofbirth', 'born', 'birthyear', 'yearofbirth', 'bday', '生日', '出生日期', '出生年月', '出生年份'],
    tokens: [['birth', 'date'], ['date', 'of', 'birth'], ['birth', 'year'], ['year', 'of', 'birth'], ['birthday'], ['born'], ['birth']],
    negative: [['place'], ['country'], ['city'], ['name']],
  },
  value: {
    gate: timeGate,
    test(v, f) {
      const s = timeShape(v, f);
      return s === 'date' || s === 'datetime' || s === 'year' || s === 'compact-date' ? MATCH : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['1990-05-17', '17/05/1990', '1990', '19900517', '1958-12-08 00:00:00'],
    invalid: ['abc', '13:45'],
    validNames: ['dob', 'birth_date', 'birthday', 'date_of_birth', 'BirthDate', '出生日期', 'birth_year'],
    invalidNames: ['birth_place', 'birthplace_country'],
  },
};
