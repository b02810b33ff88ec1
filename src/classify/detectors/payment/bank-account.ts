import { MATCH, type Detector } from '../../detector.js';

const ACCOUNT = /^[0-9][0-9 -]{3,30}[0-9]$|^[A-Z0-9]{6,34}$/;

export const bankAccount: Detector = {
  id: 'payment.bank_account',
  category: 'payment',
  description: 'Bank account number (name-led: account_number, bank_account, acct_no)',
  mask: 'digits',
  names: {
    exact: ['accountnumber', 'accountno', 'acctno', 'bankaccount', 'bankaccountnumber', 'bankacct', '银行账号', '银行账户', '账户号码'],
    tokens: [['account', 'number'], ['bank', 'account'], ['bank', 'account', 'number'], ['bank', 'acct'], ['checking', 'account'], ['savings', 'account'], ['bsb']],
    negative: [['email'], ['manager'], ['holder'], ['type'], ['status'], ['twitter'], ['instagram'], ['ad'], ['advertiser'], ['google'], ['analytics']],
  },
  value: {
    gate: (f) => f.length >= 5 && f.length <= 36 && f.digits >= 4 && f.lower === 0 && f.at === 0 && f.dots === 0,
    test: (v) => (ACCOUNT.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['000123456789', '12345678', '1234-5678-9012', '31926819'],
    invalid: ['abc', '12', 'john@bank.com'],
    validNames: ['account_number', 'bank_account', 'acct_no', 'bankAccountNumber', '银行账号'],
    invalidNames: ['account_id', 'account_manager_email', 'account_type'],
  },
};
