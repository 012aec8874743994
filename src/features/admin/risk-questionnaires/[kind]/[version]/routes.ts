/** GET /admin/risk-questionnaires/:kind/:version — one version of a risk questionnaire, read only. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import { RISK_KINDS } from '../../../../../domain/risk/questionnaire.js';
import { findQuestionnaireVersion } from '../../../../../services/risk/list-questionnaires.js';

export default async function questionnaireVersionRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/risk-questionnaires/:kind/:version', { preHandler: requireActor('admin:reference') }, async (request, reply) => {
    const { kind, version } = request.params as { kind: string; version: string };
    const found = /^\d{1,7}$/.test(version) ? await findQuestionnaireVersion(db, kind, Number(version)) : undefined;
    if (!found) return reply.callNotFound();
    const q = found.definition;
    const name = `${RISK_KINDS.find((k) => k.code === found.kind)!.name} risk questionnaire`;
    return reply.view('features/admin/risk-questionnaires/[kind]/[version]/view.njk', {
      title: `${name}, version ${found.version}`,
      name,
      version: found.version,
      questionnaire: q,
      bands: [
        { key: { text: 'Standard' }, value: { text: `Below ${q.bands.medium}` } },
        { key: { text: 'Medium' }, value: { text: `${q.bands.medium} to ${q.bands.high - 1}` } },
        { key: { text: 'High' }, value: { text: `${q.bands.high} or more, or any answer marked “makes the risk high”` } },
      ],
      sections: q.sections.map((s) => ({
        title: s.title,
        id: s.id,
        questions: s.questions.map((qu) => ({
          ...qu,
          options: qu.options.map((o) => ({ ...o, highText: o.high ? 'Makes the risk high' : '' })),
        })),
      })),
    });
  });
}
