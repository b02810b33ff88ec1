import { MATCH, TEST_VALUE, type Detector } from '../../detector.js';

const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
/** The jwt.io example payload (sub 1234567890, name John Doe). */
const JWT_IO_PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';

export const jwt: Detector = {
  id: 'credential.jwt',
  category: 'credential',
  description: 'JSON Web Token (eyJ… header.payload.signature); the jwt.io example counts as a test value',
  mask: 'secret',
  names: {
    exact: ['jwt', 'idtoken', 'jwttoken'],
    tokens: [['jwt'], ['id', 'token'], ['access', 'token'], ['refresh', 'token'], ['bearer'], ['authorization']],
  },
  value: {
    gate: (f) => f.length >= 30 && f.dots === 2 && f.spaces === 0 && f.digits >= 1,
    test: (v) => (JWT.test(v) ? (v.indexOf(JWT_IO_PAYLOAD) > 0 ? TEST_VALUE : MATCH) : null),
    weight: 0.98,
  },
  examples: {
    valid: ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLWJ5dGVz'],
    invalid: ['eyJhbGciOi.notjwt', 'a.b.c', 'hello.world.again1234567890abcdefg'],
    testValues: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
    validNames: ['jwt', 'id_token', 'idToken'],
    invalidNames: ['jwt_expires', 'token_type'],
  },
};
