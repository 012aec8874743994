import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';

describe('administering the incident-type list', () => {
  let t: TestApp;
  let admin: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'], name: 'Ada Admin' });
    b = await signedIn(t.app, admin);
  });
  afterAll(() => t.close());

  const revisions = (code: string) =>
    t.db.selectFrom('incident_type_revisions').selectAll().where('code', '=', code).orderBy('version').execute();

  it('lists every type with its version', async () => {
    const res = await b.get('/admin/incident-types');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Street drinking or alcohol-related');
    expect(res.body).toContain('href="/admin/incident-types/street-drinking"');
  });

  it('bumps the version and appends a revision on each edit, showing the history', async () => {
    const res = await b.post('/admin/incident-types/street-drinking', {
      name: 'Street drinking',
      description: 'PSPO alcohol controls may apply.',
      nsirType: 'Street drinking',
      active: 'yes',
    });
    expect(res.statusCode).toBe(303);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Incident type saved as a new version');
    expect(page.body).toContain('version 2');
    expect(page.body).toContain('Ada Admin');
    const type = await t.db.selectFrom('incident_types').selectAll().where('code', '=', 'street-drinking').executeTakeFirstOrThrow();
    expect(type).toMatchObject({ name: 'Street drinking', version: 2 });
    const history = await revisions('street-drinking');
    expect(history.map((r) => [r.version, r.name, r.changed_by])).toEqual([
      [1, 'Street drinking or alcohol-related', null],
      [2, 'Street drinking', admin.id],
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'incident_type.edit')
      .where('entity_id', '=', 'street-drinking')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ version: 2 });
  });

  it('takes a type out of use as a new version', async () => {
    const res = await b.post('/admin/incident-types/begging', {
      name: 'Begging or vagrancy',
      description: '',
      nsirType: 'Begging/vagrancy',
      active: 'no',
    });
    expect(res.statusCode).toBe(303);
    const history = await revisions('begging');
    expect(history.map((r) => [r.version, r.active])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('writes no new version when nothing changed', async () => {
    const res = await b.post('/admin/incident-types/trespass', { name: 'Trespass', description: '', nsirType: 'Trespass', active: 'yes' });
    expect((await b.get(res.headers.location as string)).body).toContain('No changes were made');
    expect(await revisions('trespass')).toHaveLength(1);
  });

  it('asks for a name and keeps what was typed', async () => {
    const res = await b.post('/admin/incident-types/noise', { name: ' ', description: 'Loud music at night', active: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Edit Noise');
    expect(res.body).toContain('Enter the incident type name');
    expect(res.body).toContain('Loud music at night');
  });

  it('adds a new type at version 1', async () => {
    const res = await b.post('/admin/incident-types/new', {
      code: 'car-cruising',
      name: 'Car cruising',
      description: 'Organised gatherings of cars.',
      nsirType: '',
    });
    expect(res.statusCode).toBe(303);
    expect((await b.get(res.headers.location as string)).body).toContain('Car cruising has been added');
    const history = await revisions('car-cruising');
    expect(history.map((r) => [r.version, r.name, r.nsir_type, r.changed_by])).toEqual([[1, 'Car cruising', null, admin.id]]);
  });

  it('refuses a code that is taken or badly formed', async () => {
    const taken = await b.post('/admin/incident-types/new', { code: 'noise', name: 'Noise again' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('An incident type with this code already exists');
    const bad = await b.post('/admin/incident-types/new', { code: 'Bad Code', name: 'Bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Code must only include lowercase letters, numbers and hyphens');
    expect(bad.body).toContain('value="Bad Code"');
  });

  it('shows the not-found page for an unknown code', async () => {
    expect((await b.get('/admin/incident-types/no-such-type')).statusCode).toBe(404);
  });

  it('shows the not-found page when a valid edit is posted for an unknown code, and records nothing', async () => {
    const res = await b.post('/admin/incident-types/no-such-type', { name: 'Ghost', description: 'None', nsirType: '', active: 'yes' });
    expect(res.statusCode).toBe(404);
    expect(await revisions('no-such-type')).toEqual([]);
  });
});
