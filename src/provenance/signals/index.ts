// The signal registry: every provenance signal is listed here once, public side first.
import type { SignalDef } from '../types.js';
import { accountLifecycle, adminFlags, auditTimestamps } from './admin.js';
import { overflowedCounters, publicCatalogue, publicCountersOnly, publicProfileTypes } from './catalogue.js';
import {
  adAccountData, consentRecords, emailMarketing, hashedAudienceIds, inferredAttributes, marketingAttribution, merchantPayments,
  orderRecords, platformAggregates,
} from './commerce.js';
import { cardNumbers, passwordHashes, secretsAndTokens } from './credentials.js';
import { apiEnvelope, collectionTimestamps, scraperSchema, signedCdnUrls } from './delivery.js';
import { analyticsEvents, clientIps, logLevels, privateNetwork, storagePaths, traceIds, userAgents } from './infrastructure.js';
import {
  appScopedIds, deviceIdentifiers, employeeRecords, enrichmentJoin, enumerationJoin, governmentIds, privateContactList,
} from './personal.js';
import { relatedTablesSignal, sequentialIds, serverLog, sqlDump, warehouseSync } from './structure.js';

export const SIGNALS: readonly SignalDef[] = [
  publicCatalogue, publicProfileTypes, publicCountersOnly, overflowedCounters,
  apiEnvelope, scraperSchema, signedCdnUrls, collectionTimestamps,
  sqlDump, relatedTablesSignal, sequentialIds, serverLog, warehouseSync,
  passwordHashes, secretsAndTokens, cardNumbers,
  adminFlags, accountLifecycle, auditTimestamps,
  privateNetwork, clientIps, traceIds, logLevels, storagePaths, userAgents, analyticsEvents,
  merchantPayments, orderRecords, adAccountData, marketingAttribution, hashedAudienceIds, consentRecords, emailMarketing,
  platformAggregates, inferredAttributes,
  appScopedIds, governmentIds, privateContactList, enumerationJoin, enrichmentJoin, employeeRecords, deviceIdentifiers,
];

export const SIGNAL_IDS: readonly string[] = SIGNALS.map((s) => s.id);
