import { MATCH, type Detector } from '../../detector.js';
import { isShortText } from '../../shapes/text.js';

export const organization: Detector = {
  id: 'identity.organization',
  category: 'identity',
  description: 'Employer, company or organisation of a person (company, organization, employer, 公司)',
  mask: 'generic',
  names: {
    exact: ['company', 'companyname', 'organization', 'organisation', 'employer', 'org', 'businessname', 'workplace', 'affiliation', 'firm', '公司', '单位', '公司名称', '工作单位'],
    tokens: [['company'], ['company', 'name'], ['organization'], ['organization', 'name'], ['employer'], ['employer', 'name'], ['business', 'name'], ['workplace'], ['affiliation'], ['organizations', 'name']],
    negative: [['id'], ['size'], ['type'], ['url'], ['domain'], ['count'], ['code']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 200,
    test: (v, f) => (isShortText(v, f, 200) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['FullContact', 'Acme Corp.', '阿里巴巴'],
    invalid: ['12345'],
    validNames: ['company', 'Company', 'organization', 'employer', 'company_name', 'organizations[].name', '公司'],
    invalidNames: ['company_id', 'company_size'],
  },
};
