import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { failInterruptedJobs, INTERRUPTED } from './fail-interrupted-jobs.js';

describe('jobs interrupted by a restart', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  it('are marked failed with a reason, and finished jobs are left alone', async () => {
    await h.db
      .insertInto('jobs')
      .values([
        { kind: 'import.police_uk', status: 'running', error: null, result: null },
        { kind: 'import.police_uk', status: 'succeeded', error: null, result: null },
      ])
      .execute();
    expect(await failInterruptedJobs(h.db)).toBe(1);
    const jobs = await h.db.selectFrom('jobs').select(['status', 'error']).orderBy('status').execute();
    expect(jobs).toEqual([
      { status: 'failed', error: INTERRUPTED },
      { status: 'succeeded', error: null },
    ]);
  });
});
