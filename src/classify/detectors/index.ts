// The detector registry: every detector module is listed here once, grouped by category.
import type { Detector } from '../detector.js';
import { email } from './contact/email.js';
import { phone } from './contact/phone.js';
import { postalAddress } from './contact/postal-address.js';
import { postalCode } from './contact/postal-code.js';
import { freeText } from './content/free-text.js';
import { mediaUrl } from './content/media-url.js';
import { postId } from './content/post-id.js';
import { apiKey } from './credential/api-key.js';
import { jwt } from './credential/jwt.js';
import { passwordHash } from './credential/password-hash.js';
import { passwordPlain } from './credential/password-plain.js';
import { sessionToken } from './credential/session-token.js';
import { deviceId } from './device/device-id.js';
import { macAddress } from './device/mac-address.js';
import { userAgent } from './device/user-agent.js';
import { cnResidentId } from './government_id/cn-resident-id.js';
import { passport } from './government_id/passport.js';
import { usSsn } from './government_id/us-ssn.js';
import { avatarUrl } from './identity/avatar-url.js';
import { bio } from './identity/bio.js';
import { birthDate } from './identity/birth-date.js';
import { displayName } from './identity/display-name.js';
import { gender } from './identity/gender.js';
import { jobTitle } from './identity/job-title.js';
import { organization } from './identity/organization.js';
import { personName } from './identity/person-name.js';
import { platformScopedId } from './identity/platform-scoped-id.js';
import { profileUrl } from './identity/profile-url.js';
import { userId } from './identity/user-id.js';
import { username } from './identity/username.js';
import { verifiedFlag } from './identity/verified-flag.js';
import { auditTimestamp } from './internal_meta/audit-timestamp.js';
import { flag } from './internal_meta/flag.js';
import { logLevel } from './internal_meta/log-level.js';
import { recordId } from './internal_meta/record-id.js';
import { storagePath } from './internal_meta/storage-path.js';
import { traceId } from './internal_meta/trace-id.js';
import { city } from './location/city.js';
import { coordinates } from './location/coordinates.js';
import { country } from './location/country.js';
import { region } from './location/region.js';
import { timezone } from './location/timezone.js';
import { adMetric } from './marketing/ad-metric.js';
import { audience } from './marketing/audience.js';
import { campaignId } from './marketing/campaign-id.js';
import { campaignSetting } from './marketing/campaign-setting.js';
import { clickId } from './marketing/click-id.js';
import { consent } from './marketing/consent.js';
import { hashedIdentifier } from './marketing/hashed-identifier.js';
import { utm } from './marketing/utm.js';
import { hostname } from './network/hostname.js';
import { ipAddress } from './network/ip-address.js';
import { url } from './network/url.js';
import { abaRouting } from './payment/aba-routing.js';
import { amount } from './payment/amount.js';
import { bankAccount } from './payment/bank-account.js';
import { bic } from './payment/bic.js';
import { cardExpiry } from './payment/card-expiry.js';
import { cardLast4 } from './payment/card-last4.js';
import { cardMasked } from './payment/card-masked.js';
import { cardNumber } from './payment/card-number.js';
import { currency } from './payment/currency.js';
import { iban } from './payment/iban.js';
import { orderId } from './payment/order-id.js';
import { paypalPayerId } from './payment/paypal-payer-id.js';
import { paypalTransactionId } from './payment/paypal-transaction-id.js';
import { processorId } from './payment/processor-id.js';
import { paymentStatus } from './payment/status.js';
import { date } from './temporal/date.js';
import { timestamp } from './temporal/timestamp.js';
import { activityMetric } from './user_stats/activity-metric.js';
import { contentCount } from './user_stats/content-count.js';
import { engagementCount } from './user_stats/engagement-count.js';
import { followerCount } from './user_stats/follower-count.js';
import { followingCount } from './user_stats/following-count.js';
import { likeCount } from './user_stats/like-count.js';
import { viewCount } from './user_stats/view-count.js';

export const DETECTORS: readonly Detector[] = [
  // payment
  cardNumber, cardMasked, cardLast4, cardExpiry, iban, bic, abaRouting, bankAccount, paypalTransactionId,
  paypalPayerId, processorId, amount, currency, paymentStatus, orderId,
  // marketing
  utm, clickId, campaignId, campaignSetting, adMetric, hashedIdentifier, consent, audience,
  // user_stats
  followerCount, followingCount, likeCount, viewCount, contentCount, engagementCount, activityMetric,
  // identity
  userId, username, displayName, personName, bio, avatarUrl, profileUrl, platformScopedId, verifiedFlag,
  birthDate, gender, organization, jobTitle,
  // contact
  email, phone, postalAddress, postalCode,
  // credential
  passwordHash, passwordPlain, apiKey, sessionToken, jwt,
  // device
  deviceId, userAgent, macAddress,
  // network
  ipAddress, hostname, url,
  // location
  country, region, city, coordinates, timezone,
  // government_id
  usSsn, cnResidentId, passport,
  // internal_meta
  recordId, auditTimestamp, flag, traceId, logLevel, storagePath,
  // temporal
  timestamp, date,
  // content
  freeText, mediaUrl, postId,
];
