// Out-of-band checks a person could take to confirm what a sample cannot settle. They are
// suggestions only: leaksift never contacts anyone, tests a credential or visits a site.
import type { Signal, Verdict } from '../report/schema.js';
import type { OriginHint } from './origin.js';

export interface CheckInput {
  verdict: Verdict;
  signals: readonly Signal[];
  origin: readonly OriginHint[];
  /** Field types present (ids) in the file(s). */
  types: ReadonlySet<string>;
}

const ALWAYS = 'Look for the claimed incident in public sources (company statements, breach trackers) before weighing the sample; a seller picks what a sample shows.';

export function recommendChecks(input: CheckInput): string[] {
  const fired = new Set(input.signals.map((s) => s.id));
  const origins = new Set(input.origin.map((o) => o.id));
  const has = (...ids: string[]) => ids.some((id) => input.types.has(id));
  const out: string[] = [ALWAYS];

  if (input.verdict === 'public' || fired.has('public-catalogue')) {
    out.push('Open a few of the profiles or posts by hand and compare field by field: if everything in the sample is visible there, it adds nothing a scraper could not collect.');
  }
  if (input.verdict === 'mixed') {
    out.push('Verify each file or table separately — samples are often assembled from several sources.');
  }
  if (fired.has('enumeration-join')) {
    out.push("Compare the newest record date with the platform's published fix date for the suspected lookup bug (e.g. Facebook contact importer, fixed Aug/Sep 2019; Twitter email/phone lookup, June 2021–January 2022).");
  }
  if (has('contact.email', 'contact.phone') || fired.has('private-contact-list') || fired.has('enumeration-join')) {
    out.push("Ask a few data subjects (e.g. through a breach-notification service's subscribers) whether their record is accurate, and whether the site's sign-up or password-reset form confirms their address is registered — never log in.");
  }
  if (fired.has('password-hashes')) {
    out.push('Check that the hash scheme fits what the claimed victim is known to use (a large platform storing unsalted MD5/SHA-1 is a fabrication sign); do not crack the hashes.');
  }
  if (fired.has('secrets-and-tokens') || fired.has('card-numbers')) {
    out.push('Do not test tokens, cookies, keys or card numbers: checking them means using them. Report them to the issuer or the affected service instead.');
  }
  if (origins.has('payment-processor-records')) {
    out.push('Ask the merchant or processor (through its security contact) whether a few transaction ids exist; they cannot be verified from outside.');
  }
  if (origins.has('ad-platform-export') || origins.has('email-marketing-export') || origins.has('analytics-events')) {
    out.push('Identify the account owner (advertiser, list or site) from names and URLs in the sample and ask them whether the export is theirs.');
  }
  if (origins.has('web-server-log') || origins.has('system-log') || origins.has('application-log')) {
    out.push('Ask the operator whether the hostnames, paths and time range match their servers.');
  }
  if (origins.has('database-dump') || origins.has('crm-or-member-list')) {
    out.push('Ask the suspected owner whether the table and column names match their schema; planted canary records (Tripwire-style), if you have any, settle the source.');
  }
  return out;
}
