import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from './db.js';
import type { DbHandle } from '../src/db/client.js';
import { writeAudit } from '../src/db/repositories/audit-log.js';

describe('the audit log', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  it('can be appended to but never changed or deleted', async () => {
    await writeAudit(h.db, null, { action: 'test.event', entityType: 'thing', entityId: '1' });
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(h.db)).rejects.toThrow(/append-only/);
    const rows = await h.db.selectFrom('audit_log').select('action').where('action', '=', 'test.event').execute();
    expect(rows).toHaveLength(1);
  });
});
