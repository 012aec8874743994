import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aUser } from '../../../test/builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { editIncidentType, IncidentTypeNotFoundError } from './edit-incident-type.js';
import { addIncidentType, DuplicateIncidentTypeError } from './add-incident-type.js';

describe('the versioned incident-type list', () => {
  let h: DbHandle;
  let admin: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    const a = await aUser(h.db, { roles: ['administrator'] });
    admin = {
      kind: 'user',
      userId: a.id,
      apiTokenId: null,
      name: 'x',
      organisationId: a.organisationId,
      organisationName: 'x',
      roles: ['administrator'],
    };
  });
  afterAll(() => h.close());

  const history = (code: string) =>
    h.db
      .selectFrom('incident_type_revisions')
      .select(['version', 'name', 'nsir_type', 'active', 'changed_by'])
      .where('code', '=', code)
      .orderBy('version')
      .execute();

  it('bumps the version on each edit and appends a revision with the new values', async () => {
    const first = await editIncidentType(
      h.db,
      'fireworks',
      { name: 'Fireworks misuse', description: '', nsirType: 'Fireworks', active: true },
      admin,
    );
    const second = await editIncidentType(
      h.db,
      'fireworks',
      { name: 'Fireworks misuse', description: '', nsirType: null, active: false },
      admin,
    );
    expect([first, second]).toEqual([
      { version: 2, changed: true },
      { version: 3, changed: true },
    ]);
    expect(await history('fireworks')).toEqual([
      { version: 1, name: 'Fireworks', nsir_type: 'Fireworks', active: true, changed_by: null },
      { version: 2, name: 'Fireworks misuse', nsir_type: 'Fireworks', active: true, changed_by: admin.userId },
      { version: 3, name: 'Fireworks misuse', nsir_type: null, active: false, changed_by: admin.userId },
    ]);
    const type = await h.db
      .selectFrom('incident_types')
      .select(['version', 'active'])
      .where('code', '=', 'fireworks')
      .executeTakeFirstOrThrow();
    expect(type).toEqual({ version: 3, active: false });
    const audit = await h.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'incident_type.edit')
      .where('entity_id', '=', 'fireworks')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([
      { version: 2, fields: ['name'] },
      { version: 3, fields: ['nsir_type', 'active'] },
    ]);
  });

  it('writes nothing when nothing changed', async () => {
    const result = await editIncidentType(
      h.db,
      'trespass',
      { name: 'Trespass', description: '', nsirType: 'Trespass', active: true },
      admin,
    );
    expect(result).toEqual({ version: 1, changed: false });
    expect(await history('trespass')).toHaveLength(1);
  });

  it('reports an unknown code', async () => {
    await expect(editIncidentType(h.db, 'nope', { name: 'x', description: '', nsirType: null, active: true }, admin)).rejects.toThrow(
      IncidentTypeNotFoundError,
    );
  });

  it('adds a type at version 1 at the end of the list, refusing a taken code', async () => {
    await addIncidentType(h.db, { code: 'e-scooters', name: 'E-scooter nuisance', description: '', nsirType: null }, admin);
    const last = await h.db.selectFrom('incident_types').select('code').orderBy('sort_order', 'desc').executeTakeFirstOrThrow();
    expect(last.code).toBe('e-scooters');
    expect(await history('e-scooters')).toEqual([
      { version: 1, name: 'E-scooter nuisance', nsir_type: null, active: true, changed_by: admin.userId },
    ]);
    await expect(addIncidentType(h.db, { code: 'noise', name: 'x', description: '', nsirType: null }, admin)).rejects.toThrow(
      DuplicateIncidentTypeError,
    );
  });
});
