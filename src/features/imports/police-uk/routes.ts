/**
 * /imports/police-uk: analysts upload police.uk street-level CSV files; the import runs in the
 * background and /imports/police-uk/jobs/:id shows its progress (polled as .json by
 * /public/import-progress.js) and then the summary. Permission 'incidents:import'.
 * The form posts multipart, so its CSRF token travels as the `_csrf` query parameter.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { formError } from '../../../platform/forms.js';
import { requireActor } from '../../../platform/guards.js';
import { headerProblem } from '../../../services/imports/police-uk-reader.js';
import { getPoliceUkImportJob, listPoliceUkImportJobs, startPoliceUkImportJob } from '../../../services/imports/police-uk-job.js';
import { saveUploads } from './uploads.js';
import { jobJson, jobView, proxyTypesText, recentJobsView } from './view-model.js';

const VIEW = 'features/imports/police-uk/view.njk';
const JOB_VIEW = 'features/imports/police-uk/job.njk';
const TITLE = 'Import police.uk street-level files';
const MAX_FILES = 20; // app.ts registers @fastify/multipart with files: 20

export default async function policeUkImportRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const guard = { preHandler: requireActor('incidents:import') };

  app.get('/imports/police-uk', guard, async (request, reply) => {
    const recent = recentJobsView(await listPoliceUkImportJobs(db, request.actor!));
    return reply.view(VIEW, { title: TITLE, recent, proxyTypes: proxyTypesText });
  });

  app.post('/imports/police-uk', guard, async (request, reply) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-upload-'));
    const saved = await saveUploads(request, dir, { maxBytes: config.uploadMaxBytes, maxFiles: MAX_FILES });
    let problem = saved.ok ? null : saved.message;
    for (const file of saved.ok ? saved.files : []) {
      const p = await headerProblem(file.path);
      if (p) {
        problem = `${file.name}: ${p}`;
        break;
      }
    }
    if (problem || !saved.ok) {
      await fs.rm(dir, { recursive: true, force: true });
      const recent = recentJobsView(await listPoliceUkImportJobs(db, request.actor!));
      return reply.code(400).view(VIEW, { title: TITLE, recent, proxyTypes: proxyTypesText, errors: formError('files', problem ?? '') });
    }
    const id = await startPoliceUkImportJob(db, request.actor!, saved.files, dir);
    return reply.redirect(`/imports/police-uk/jobs/${id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/imports/police-uk/jobs/:id.json', guard, async (request, reply) => {
    const job = await getPoliceUkImportJob(db, request.actor!, request.params.id);
    if (!job) return reply.code(404).send({ error: 'not_found', message: 'Not found' });
    return reply.header('cache-control', 'no-store').send(jobJson(job));
  });

  app.get<{ Params: { id: string } }>('/imports/police-uk/jobs/:id', guard, async (request, reply) => {
    const job = await getPoliceUkImportJob(db, request.actor!, request.params.id);
    if (!job) return reply.callNotFound();
    return reply.header('cache-control', 'no-store').view(JOB_VIEW, { title: 'Your import', job: jobView(job) });
  });
}
