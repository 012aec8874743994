/**
 * What the job page shows: status words and tag colour, progress, and per file a GOV.UK summary
 * list of the counts, the rejected rows as a table and a link to the analysis for its months.
 * Templates hold no logic; everything they print is prepared here.
 */
import type { PoliceUkJob } from '../../../services/imports/police-uk-job.js';
import type { PoliceUkImportResult } from '../../../services/imports/import-police-uk.js';
import { DEFAULT_ASB_PROXY_CRIME_TYPES } from '../../../domain/imports/police-uk.js';

const STATUS: Record<PoliceUkJob['status'], { text: string; tag: string }> = {
  queued: { text: 'Waiting to start', tag: 'govuk-tag--grey' },
  running: { text: 'Importing', tag: 'govuk-tag--blue' },
  succeeded: { text: 'Imported', tag: 'govuk-tag--green' },
  failed: { text: 'Not imported', tag: 'govuk-tag--red' },
};

const n = (v: number) => v.toLocaleString('en-GB');
const monthName = (ym: string) =>
  new Date(`${ym}-15T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });

export const ANALYSIS_PATH = '/analysis/incidents-by-place-and-month';

function fileView(result: PoliceUkImportResult) {
  if (!result.ok) return { name: result.fileName, ok: false, error: result.error };
  const s = result.summary;
  const from = s.months[0];
  const to = s.months[s.months.length - 1];
  const query = new URLSearchParams({ source: 'police.uk', ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return {
    name: s.fileName,
    ok: true,
    months: !from || !to ? 'none' : from === to ? monthName(from) : `${monthName(from)} to ${monthName(to)}`,
    rows: [
      row('Rows read', n(s.rowsRead)),
      row('Incidents added (anti-social behaviour)', n(s.incidentsAdded)),
      row('Incidents already imported', n(s.incidentsAlreadyPresent)),
      row('Crimes added', n(s.crimesAdded)),
      row('Of which ASB proxy crimes', n(s.proxyCrimesAdded)),
      row('Crimes already imported', n(s.crimesAlreadyPresent)),
      row('Rows outside Leicester, Leicestershire and Rutland', n(s.outsideLlr)),
      row('Rows without a location (not stored)', n(s.withoutLocation)),
      row('Rows rejected', n(s.rejected)),
    ],
    reasons: Object.entries(s.rejectionReasons).map(([reason, count]) => [{ text: reason }, { text: n(count), format: 'numeric' }]),
    rejections: s.rejections.map((r) => [{ text: n(r.line), format: 'numeric' }, { text: r.reason }]),
    moreRejections: s.rejected > s.rejections.length ? s.rejected - s.rejections.length : 0,
    analysisHref: `${ANALYSIS_PATH}?${query.toString()}`,
  };
}

/** The job page's view model. */
export function jobView(job: PoliceUkJob) {
  const finished = job.status === 'succeeded' || job.status === 'failed';
  return {
    id: job.id,
    finished,
    status: STATUS[job.status],
    percent: job.percent,
    progressText: finished ? 'Finished' : `${job.percent}% done`,
    error: job.error,
    files: job.results.map(fileView),
    jsonHref: `/imports/police-uk/jobs/${job.id}.json`,
    selfHref: `/imports/police-uk/jobs/${job.id}`,
  };
}

/** The JSON the progress script polls. */
export function jobJson(job: PoliceUkJob) {
  return {
    id: job.id,
    status: job.status,
    percent: job.percent,
    done: job.progressDone,
    total: job.progressTotal,
    finished: job.status === 'succeeded' || job.status === 'failed',
  };
}

/** The proxy crime types the upload page names. */
export const proxyTypesText = DEFAULT_ASB_PROXY_CRIME_TYPES.join(', ');

/** The upload page's list of recent jobs. */
export function recentJobsView(jobs: { id: string; status: PoliceUkJob['status']; createdAt: Date }[]) {
  return jobs.map((j) => ({ href: `/imports/police-uk/jobs/${j.id}`, createdAt: j.createdAt, status: STATUS[j.status] }));
}
