import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { orgId } from '../../../test/builders.js';
import type { DbHandle } from '../client.js';
import type { Actor } from '../../domain/access/roles.js';
import { anyVisibleIncident, countByDistrictAndMonth, countByLsoa } from './incident-stats.js';
import { BLABY, CHARNWOOD, LEICESTER, incidents } from '../../services/analysis/test-support.js';

function analystOf(organisationId: string): Actor {
  return { kind: 'user', userId: null, apiTokenId: null, name: 'Analyst', organisationId, organisationName: 'x', roles: ['analyst'] };
}

describe('incident counts for analysis', () => {
  let h: DbHandle;
  let police: Actor;
  let council: Actor;
  let housing: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    police = analystOf(await orgId(h.db, 'Leicestershire Police'));
    council = analystOf(await orgId(h.db, 'Leicester City Council'));
    housing = analystOf(await orgId(h.db, 'Leicester City Council Housing'));
    await incidents(h.db, { source: 'police.uk', month: '2024-01', district: LEICESTER, category: 'nuisance', lsoa21: 'E01000001' }, 3);
    await incidents(h.db, { source: 'police.uk', month: '2024-02', district: LEICESTER, category: 'personal', lsoa11: 'E01000009' });
    await incidents(h.db, { source: 'police.uk', month: '2024-01', district: CHARNWOOD, lsoa21: 'E01000002' }, 2);
    await incidents(h.db, { source: 'demo', month: '2024-03', district: BLABY });
    await incidents(h.db, { source: 'police.uk', month: '2024-01', district: null });
    await incidents(h.db, { source: 'staff', month: '2024-02', district: LEICESTER, organisationId: police.organisationId }, 2);
    await incidents(
      h.db,
      { source: 'staff', month: '2024-01', district: LEICESTER, organisationId: council.organisationId, lsoa21: 'E01000001' },
      5,
    );
  });
  afterAll(() => h.close());

  it('counts by district and month, sorted by district name then month, unknown district last, counts as numbers', async () => {
    const rows = await countByDistrictAndMonth(h.db, police, {});
    expect(rows).toEqual([
      { districtCode: BLABY, districtName: 'Blaby', month: '2024-03', count: 1 },
      { districtCode: CHARNWOOD, districtName: 'Charnwood', month: '2024-01', count: 2 },
      { districtCode: LEICESTER, districtName: 'Leicester', month: '2024-01', count: 3 },
      { districtCode: LEICESTER, districtName: 'Leicester', month: '2024-02', count: 3 },
      { districtCode: null, districtName: null, month: '2024-01', count: 1 },
    ]);
  });

  it("does not count another organisation's staff incidents", async () => {
    const rows = await countByDistrictAndMonth(h.db, police, { district: LEICESTER });
    expect(rows.find((r) => r.month === '2024-01')?.count).toBe(3);
  });

  it("counts an organisation's own staff incidents for its own staff, beside the open data", async () => {
    const rows = await countByDistrictAndMonth(h.db, council, { district: LEICESTER });
    expect(rows.map((r) => [r.month, r.count])).toEqual([
      ['2024-01', 8],
      ['2024-02', 1],
    ]);
  });

  it('filters by month range (inclusive), source and category', async () => {
    expect((await countByDistrictAndMonth(h.db, police, { from: '2024-02', to: '2024-02' })).map((r) => r.count)).toEqual([3]);
    expect((await countByDistrictAndMonth(h.db, police, { source: 'staff' })).map((r) => r.count)).toEqual([2]);
    expect((await countByDistrictAndMonth(h.db, police, { category: 'nuisance' })).map((r) => r.count)).toEqual([3]);
    expect(await countByDistrictAndMonth(h.db, police, { from: '2025-01' })).toEqual([]);
  });

  it('counts by LSOA for each vintage, within the scope', async () => {
    const by21 = await countByLsoa(h.db, police, {}, 2021);
    expect(by21.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: 'E01000001', count: 3 },
      { code: 'E01000002', count: 2 },
    ]);
    expect(await countByLsoa(h.db, police, {}, 2011)).toEqual([{ code: 'E01000009', count: 1 }]);
    expect((await countByLsoa(h.db, council, {}, 2021)).find((c) => c.code === 'E01000001')?.count).toBe(8);
  });

  it('says whether the actor can see any incident at all', async () => {
    expect(await anyVisibleIncident(h.db, housing)).toBe(true); // the open data
    await expect(countByDistrictAndMonth(h.db, housing, { source: 'staff' })).resolves.toEqual([]);
  });
});
