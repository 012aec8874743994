/**
 * Test support for the report journey's route tests (not used by the app): a signed-in call
 * handler walking the pages with forms as a browser would post them.
 */
import type { LightMyRequestResponse } from 'fastify';
import { csrfFrom, type Browser, type TestApp } from '../../../../test/app.js';

/** Posts a form with repeated fields (several checkboxes), reading the CSRF token from `formPage`. */
export async function postPairs(
  t: TestApp,
  b: Browser,
  url: string,
  pairs: [string, string][],
  formPage = url,
): Promise<LightMyRequestResponse> {
  const page = await b.get(formPage);
  const body = new URLSearchParams([['_csrf', csrfFrom(page.body)], ...pairs]).toString();
  return t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

/** Starts a report; @returns the draft id. */
export async function startReport(b: Browser): Promise<string> {
  const res = await b.post('/report/new', {});
  const m = /^\/report\/([0-9a-f-]{36})\/who$/.exec(String(res.headers.location));
  if (res.statusCode !== 303 || !m) throw new Error(`Could not start a report: ${res.statusCode} ${res.headers.location}`);
  return m[1]!;
}

/** Searches and chooses: an existing person by id, or a new person with the name searched. */
export async function chooseCaller(
  b: Browser,
  draftId: string,
  who: { forename: string; surname: string; personId?: string; role?: string },
): Promise<LightMyRequestResponse> {
  const search = await b.post(`/report/${draftId}/who/search`, { forename: who.forename, surname: who.surname });
  if (search.statusCode !== 303) throw new Error(`Search failed: ${search.statusCode}`);
  const person = who.personId ?? 'new';
  const extra: Record<string, string> = who.personId ? {} : { 'new-forename': who.forename, 'new-surname': who.surname };
  return b.post(`/report/${draftId}/who`, { person, role: who.role ?? 'victim', ...extra });
}

/** The standard answers: nothing vulnerable, not hate-related, no danger. */
export const PLAIN_ANSWERS: Record<string, string> = {
  happenedBefore: 'yes',
  'vulnerabilityFactors-any': 'no',
  hateRelated: 'no',
  immediateDanger: 'no',
  callerWants: 'For it to stop',
};

export async function answerQuestions(
  b: Browser,
  draftId: string,
  answers: Record<string, string> = PLAIN_ANSWERS,
): Promise<LightMyRequestResponse> {
  return b.post(`/report/${draftId}/questions`, answers);
}

/** A valid what-and-where form: noise yesterday-ish, at a point, with the district chosen. */
export function whatAndWhereForm(occurred: Date, overrides: Record<string, string> = {}): Record<string, string> {
  const d = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(occurred);
  const part = (t: string) => d.find((p) => p.type === t)!.value;
  return {
    category: 'nuisance',
    incidentType: 'noise',
    'occurredFrom-day': part('day'),
    'occurredFrom-month': part('month'),
    'occurredFrom-year': part('year'),
    'occurredFrom-time': '',
    'reported-day': part('day'),
    'reported-month': part('month'),
    'reported-year': part('year'),
    'reported-time': '23:00',
    lat: '52.6365',
    lon: '-1.1335',
    placeLabel: 'Near the Clock Tower',
    district: 'E06000016',
    description: 'Loud music every night until 3am.',
    ...overrides,
  };
}
