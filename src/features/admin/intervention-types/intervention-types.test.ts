import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, cookiesFrom, csrfFrom, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';
import { aCaseWith } from '../../../../test/case-builders.js';

describe('administering the intervention types', () => {
  let t: TestApp;
  let admin: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'], name: 'Ada Admin' });
    b = await signedIn(t.app, admin);
  });
  afterAll(() => t.close());

  /** Posts a form whose fields may repeat (checkboxes), with the CSRF token of `url`'s page. */
  async function submit(url: string, form: Record<string, string | string[]>) {
    const page = await b.get(url);
    const body = new URLSearchParams([['_csrf', csrfFrom(page.body)]]);
    for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
    const res = await t.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    b.cookie = cookiesFrom(res, b.cookie);
    return res;
  }
  const stored = (code: string) => t.db.selectFrom('intervention_types').selectAll().where('code', '=', code).executeTakeFirst();

  it('lists the register grouped by step on the ladder, with a Change link for each type', async () => {
    const res = await b.get('/admin/intervention-types');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Step 5</caption>');
    expect(res.body).toContain('Not a step on the ladder (premises and area measures)');
    expect(res.body).toContain('Community Protection Notice');
    expect(res.body).toContain('href="/admin/intervention-types/cpn"');
    expect(res.body).toContain('generic rules only');
    expect((await b.get('/admin')).body).toContain('href="/admin/intervention-types"');
  });

  it('adds a type and says so', async () => {
    const res = await submit('/admin/intervention-types/new', {
      code: 'respect_order',
      name: 'Respect Order',
      tier: '6',
      statutory: 'yes',
      subjectKinds: ['person', 'body'],
      legalSource: 'Crime and Policing Bill',
      description: '',
    });
    expect(res.statusCode).toBe(303);
    expect((await b.get(res.headers.location as string)).body).toContain('Respect Order has been added');
    expect(await stored('respect_order')).toMatchObject({
      tier: 6,
      statutory: true,
      subject_kinds: ['person', 'body'],
      description: null,
      updated_by: admin.id,
    });
  });

  it('refuses a bad or taken code and missing answers with 400, keeping what was typed', async () => {
    const bad = await submit('/admin/intervention-types/new', {
      code: 'Respect-Order',
      name: 'Respect Order two',
      tier: '6',
      statutory: 'no',
      subjectKinds: 'person',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: Add an intervention type');
    expect(bad.body).toContain('govuk-error-summary');
    expect(bad.body).toContain('Code must start with a letter and only include lower-case letters, numbers and underscores');
    expect(bad.body).toContain('value="Respect-Order"');
    expect(bad.body).toContain('value="Respect Order two"');
    expect(bad.body).toMatch(/value="6" selected/);
    const taken = await submit('/admin/intervention-types/new', {
      code: 'cpw',
      name: 'Warning',
      tier: '4',
      statutory: 'yes',
      subjectKinds: 'person',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('An intervention type with this code already exists');
    const empty = await submit('/admin/intervention-types/new', { code: 'new_thing', name: 'New thing', tier: '2' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Select yes if this is a statutory power');
    expect(empty.body).toContain('Select what this type can be used against');
    expect(empty.body).toContain('value="new_thing"');
  });

  it('changes a type’s step on the ladder, keeping its code', async () => {
    const res = await submit('/admin/intervention-types/abc', {
      name: 'Acceptable Behaviour Agreement',
      tier: '2',
      statutory: 'no',
      subjectKinds: 'person',
      legalSource: '',
      description: 'A voluntary agreement.',
      active: 'yes',
    });
    expect(res.statusCode).toBe(303);
    expect((await b.get(res.headers.location as string)).body).toContain('Intervention type saved');
    expect(await stored('abc')).toMatchObject({ name: 'Acceptable Behaviour Agreement', tier: 2, legal_source: null });
  });

  it('explains why a known type must keep the subject kinds its rules need', async () => {
    const res = await submit('/admin/intervention-types/cpn', {
      name: 'Community Protection Notice',
      tier: '5',
      statutory: 'yes',
      subjectKinds: 'body',
      legalSource: 's.43',
      description: 'Typed text kept',
      active: 'yes',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Change Community Protection Notice');
    expect(res.body).toContain('Community Protection Notice must still be usable against a person');
    expect(res.body).toContain('Typed text kept');
    expect((await stored('cpn'))!.subject_kinds).toEqual(['person', 'body']);
  });

  it('takes a type out of the recording form when it is no longer in use', async () => {
    const officer = await aUser(t.db, { roles: ['officer'] });
    const o = await signedIn(t.app, officer);
    const { id } = await aCaseWith(t.db, { org: 'Leicestershire Police' });
    expect((await o.get(`/cases/${id}/actions/new`)).body).toContain('Respect Order');
    const res = await submit('/admin/intervention-types/respect_order', {
      name: 'Respect Order',
      tier: '6',
      statutory: 'yes',
      subjectKinds: ['person', 'body'],
      legalSource: '',
      description: '',
      active: 'no',
    });
    expect(res.statusCode).toBe(303);
    expect((await o.get(`/cases/${id}/actions/new`)).body).not.toContain('Respect Order');
    expect((await b.get('/admin/intervention-types')).body).toContain('Not in use');
  });

  it('refuses anyone who does not administer reference data, and shows not found for an unknown code', async () => {
    const officer = await signedIn(t.app, await aUser(t.db, { roles: ['officer', 'supervisor'] }));
    expect((await officer.get('/admin/intervention-types')).statusCode).toBe(403);
    expect((await officer.get('/admin/intervention-types/new')).statusCode).toBe(403);
    expect((await officer.get('/admin/intervention-types/cpn')).statusCode).toBe(403);
    const post = await officer.post(
      '/admin/intervention-types/cpn',
      { name: 'Renamed', tier: '5', statutory: 'yes', subjectKinds: 'person', active: 'yes' },
      '/',
    );
    expect(post.statusCode).toBe(403);
    expect((await stored('cpn'))!.name).toBe('Community Protection Notice');
    expect((await b.get('/admin/intervention-types/no_such_type')).statusCode).toBe(404);
  });
});
