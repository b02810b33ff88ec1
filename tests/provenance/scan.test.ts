// The verdict over a whole scan: merged signals, files that disagree, per-file results kept.
import { describe, expect, it } from 'vitest';
import { judgeScan } from '../../src/provenance/index.js';
import { file, report } from './builder.js';
import * as m from './models.js';

describe('judgeScan', () => {
  it('is inconclusive with no readable files', () => {
    expect(judgeScan([]).verdict).toBe('inconclusive');
  });

  it('passes a single file through', () => {
    const r = report(m.paypalActivity());
    expect(judgeScan([r])).toEqual(r.provenance);
  });

  it('calls a scan mixed when files confidently disagree, and says which', () => {
    const p = judgeScan([report(m.twitterUsers()), report(m.djangoUsers())]);
    expect(p.verdict).toBe('mixed');
    expect(p.recommendedChecks.join(' ')).toMatch(/Files disagree/);
  });

  it('calls a scan mixed when a mixed file sits beside internal ones', () => {
    expect(judgeScan([report(m.fullcontactPerson()), report(m.djangoUsers())]).verdict).toBe('mixed');
  });

  it('keeps internal files internal next to uninformative ones', () => {
    const p = judgeScan([report(m.tiktokAdsReport()), report(file(['x', 'y'], { path: 'notes.csv' }))]);
    expect(p.verdict).toBe('internal');
    expect(p.origin[0].id).toBe('ad-platform-export');
  });

  it('counts a signal once across files, with every file\'s fields', () => {
    const a = report(file(['id', '_fivetran_synced', 'spend', 'impressions', 'campaign_id'], { path: 'a.csv' }));
    const b = report(file(['id', '_fivetran_synced', 'clicks', 'cpc', 'campaign_id'], { path: 'b.csv' }));
    const p = judgeScan([a, b]);
    const sync = p.signals.filter((s) => s.id === 'warehouse-sync-columns');
    expect(sync).toHaveLength(1);
    expect(sync[0].weight).toBe(1);
    expect(sync[0].fields).toEqual(['a.csv:_fivetran_synced', 'b.csv:_fivetran_synced']);
  });

  it('ties files into related tables by their key columns', () => {
    const p = judgeScan([
      report(file(['id', 'email', 'name'], { path: 'customer_data.csv' })),
      report(file(['id', 'customer_id', 'amount_refunded', 'livemode', 'cvc_check'], { path: 'charge_data.csv' })),
    ]);
    const rel = p.signals.find((s) => s.id === 'related-tables');
    expect(rel?.evidence).toMatch(/charge_data\.customer_id → customer_data/);
  });
});
