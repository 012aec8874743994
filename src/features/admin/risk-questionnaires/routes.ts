/** GET /admin/risk-questionnaires — every version of the victim, perpetrator and case questionnaires. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { RISK_KINDS } from '../../../domain/risk/questionnaire.js';
import { listQuestionnaireVersions } from '../../../services/risk/list-questionnaires.js';

export default async function riskQuestionnairesRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/risk-questionnaires', { preHandler: requireActor('admin:reference') }, async (request, reply) => {
    const versions = await listQuestionnaireVersions(db);
    const kinds = RISK_KINDS.map((k) => ({
      name: `${k.name} risk questionnaire`,
      publishHref: `/admin/risk-questionnaires/${k.code}`,
      versions: versions
        .filter((v) => v.kind === k.code)
        .map((v, i) => ({
          ...v,
          href: `/admin/risk-questionnaires/${k.code}/${v.version}`,
          inForce: i === 0,
          publishedByName: v.publishedByName ?? 'Concord (first version)',
        })),
    }));
    const { published } = request.query as { published?: string };
    const done = versions.find((v) => `${v.kind}-${v.version}` === published);
    return reply.view('features/admin/risk-questionnaires/view.njk', {
      title: 'Risk questionnaires',
      kinds,
      banner: done
        ? `${RISK_KINDS.find((k) => k.code === done.kind)!.name} risk questionnaire version ${done.version} published`
        : undefined,
    });
  });
}
