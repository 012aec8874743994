import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';
import { loadGeography } from '../../../services/geography/load-geography.js';
import { importJobsSettled } from '../../../services/imports/police-uk-job.js';
import { expectedCounts, GEOGRAPHY_DIR, policeUkDataMissing, streetFile } from '../../../services/imports/test-support.js';

/** A multipart/form-data body, built by hand as a browser sends it. */
function multipart(files: { filename: string; content: Buffer | string }[]) {
  const boundary = '----concordTestBoundary7MA4YWxkTrZu0gW';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.filename}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.skipIf(policeUkDataMissing() !== null)('the police.uk import page', () => {
  let t: TestApp;
  let analyst: TestUser;
  let b: Browser;

  const upload = async (browser: Browser, files: { filename: string; content: Buffer | string }[], withToken = true) => {
    const page = await browser.get('/imports/police-uk');
    const action = /action="(\/imports\/police-uk\?_csrf=[^"]+)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    if (!action) throw new Error('No upload form on the page');
    const body = multipart(files);
    return t.app.inject({
      method: 'POST',
      url: withToken ? action : '/imports/police-uk',
      payload: body.payload,
      headers: { cookie: browser.cookie, 'content-type': body.contentType },
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await loadGeography(t.db, GEOGRAPHY_DIR);
    analyst = await aUser(t.db, { roles: ['analyst'] });
    b = await signedIn(t.app, analyst);
  });
  afterAll(async () => {
    await importJobsSettled();
    await t?.close();
  });

  it('shows a GOV.UK file upload that posts with the CSRF token in the address', async () => {
    const res = await b.get('/imports/police-uk');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('enctype="multipart/form-data"');
    expect(res.body).toMatch(/class="govuk-file-upload[^"]*" id="files" name="files" type="file"[^>]* multiple/);
  });

  it('asks for a file when none was chosen', async () => {
    const res = await upload(b, [{ filename: '', content: '' }]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: ');
    expect(res.body).toContain('Select a police.uk street-level CSV file');
    expect(res.body).toContain('href="#files"');
  });

  it('refuses a file that is not a CSV, or a CSV that is not a police.uk file', async () => {
    const pdf = await upload(b, [{ filename: 'report.pdf', content: '%PDF-1.4' }]);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.body).toContain('report.pdf must be a CSV file');
    const other = await upload(b, [{ filename: 'people.csv', content: 'name,address\nA,B\n' }]);
    expect(other.statusCode).toBe(400);
    expect(other.body).toContain('people.csv: This is not a police.uk street-level CSV file.');
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await upload(
      b,
      [{ filename: '2025-01-leicestershire-street.csv', content: fs.readFileSync(streetFile('2025-01')) }],
      false,
    );
    expect(res.statusCode).toBe(403);
  });

  it('imports uploaded files in the background, then shows the summary with a link to the analysis', async () => {
    const expected = expectedCounts(streetFile('2025-01'));
    const res = await upload(b, [
      { filename: '2025-01-leicestershire-street.csv', content: fs.readFileSync(streetFile('2025-01')) },
      { filename: '2025-02-leicestershire-street.csv', content: fs.readFileSync(streetFile('2025-02')).subarray(0, 5000) },
    ]);
    expect(res.statusCode).toBe(303);
    const url = res.headers.location as string;
    expect(url).toMatch(/^\/imports\/police-uk\/jobs\/[0-9a-f-]{36}$/);

    await importJobsSettled();
    const json = JSON.parse((await b.get(`${url}.json`)).body) as Record<string, unknown>;
    expect(json).toMatchObject({ status: 'failed', finished: true, percent: 100 });

    const page = await b.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('govuk-summary-list');
    expect(page.body).toMatch(
      new RegExp(
        `Incidents added \\(anti-social behaviour\\)\\s*</dt>\\s*<dd class="govuk-summary-list__value">\\s*${expected.incidents.toLocaleString('en-GB')}`,
      ),
    );
    expect(page.body).toContain('href="/analysis/incidents-by-place-and-month?source=police.uk&amp;from=2025-01&amp;to=2025-01"');
    expect(page.body).toContain('1 of 2 files could not be imported');
    expect(page.body).toMatch(/2025-02-leicestershire-street.csv[\s\S]*Line \d+ has \d+ fields instead of 12/);
    expect(page.body).not.toContain('import-progress.js');
    const stored = await t.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('month', '=', '2025-01-01')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(expected.incidents);
  });

  it('shows progress while a job runs, with a script that polls and a link that works without it', async () => {
    const job = await t.db
      .insertInto('jobs')
      .values({
        kind: 'import.police_uk',
        status: 'running',
        progress_done: 50,
        progress_total: 200,
        created_by: analyst.id,
        organisation_id: analyst.organisationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await b.get(`/imports/police-uk/jobs/${job.id}`);
    expect(page.body).toMatch(/<progress id="import-progress-bar" class="import-progress" max="100" value="25">/);
    expect(page.body).toContain('25% done');
    expect(page.body).toContain(`data-status-url="/imports/police-uk/jobs/${job.id}.json"`);
    expect(page.body).toContain('<script type="module" src="/public/import-progress.js"></script>');
    expect(page.body).toContain('Refresh this page');
    const json = JSON.parse((await b.get(`/imports/police-uk/jobs/${job.id}.json`)).body) as Record<string, unknown>;
    expect(json).toMatchObject({ status: 'running', percent: 25, done: 50, total: 200, finished: false });
  });

  it('does not show a job to another organisation’s analyst', async () => {
    const job = await t.db.selectFrom('jobs').select('id').where('organisation_id', '=', analyst.organisationId).executeTakeFirstOrThrow();
    const other = await signedIn(t.app, await aUser(t.db, { org: 'Leicester City Council', roles: ['analyst'] }));
    expect((await other.get(`/imports/police-uk/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await other.get(`/imports/police-uk/jobs/${job.id}.json`)).statusCode).toBe(404);
    expect((await b.get('/imports/police-uk/jobs/not-a-uuid')).statusCode).toBe(404);
  });

  it('refuses the page and the upload to a role without the import permission', async () => {
    const officer = await signedIn(t.app, await aUser(t.db, { roles: ['officer'] }));
    expect((await officer.get('/imports/police-uk')).statusCode).toBe(403);
    const body = multipart([{ filename: 'x.csv', content: 'a' }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/imports/police-uk?_csrf=${encodeURIComponent(/name="_csrf" value="([^"]+)"/.exec((await officer.get('/')).body)![1]!)}`,
      payload: body.payload,
      headers: { cookie: officer.cookie, 'content-type': body.contentType },
    });
    expect(res.statusCode).toBe(403);
  });
});
