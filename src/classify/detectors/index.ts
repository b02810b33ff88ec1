// The detector registry: every detector module is listed here once.
import type { Detector } from '../detector.js';
import { email } from './contact/email.js';
import { phone } from './contact/phone.js';
import { passwordHash } from './credential/password-hash.js';
import { username } from './identity/username.js';
import { utm } from './marketing/utm.js';
import { ipAddress } from './network/ip-address.js';
import { cardNumber } from './payment/card-number.js';
import { followerCount } from './user_stats/follower-count.js';

export const DETECTORS: readonly Detector[] = [
  cardNumber,
  email,
  phone,
  ipAddress,
  username,
  followerCount,
  utm,
  passwordHash,
];
