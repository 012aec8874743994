/**
 * GET/POST /admin/risk-questionnaires/:kind — publish a new version of a risk questionnaire by
 * editing the newest version's JSON. Every problem is listed GOV.UK style and the text is kept.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { validateForm, type FormErrors } from '../../../../platform/forms.js';
import { RISK_KINDS } from '../../../../domain/risk/questionnaire.js';
import { findQuestionnaireVersion } from '../../../../services/risk/list-questionnaires.js';
import { publishQuestionnaire, QuestionnaireInvalidError } from '../../../../services/risk/publish-questionnaire.js';
import { publishSchema } from './schema.js';

const VIEW = 'features/admin/risk-questionnaires/[kind]/view.njk';
const guard = { preHandler: requireActor('admin:reference') };

export default async function publishQuestionnaireRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(reply: FastifyReply, kind: string, opts: { definition?: string; errors?: FormErrors } = {}) {
    const newest = await findQuestionnaireVersion(db, kind);
    if (!newest) return reply.callNotFound();
    const name = `${RISK_KINDS.find((k) => k.code === newest.kind)!.name} risk questionnaire`;
    return reply.code(opts.errors ? 400 : 200).view(VIEW, {
      title: `Publish a new version of the ${name.toLowerCase()}`,
      name,
      newestVersion: newest.version,
      definition: opts.definition ?? JSON.stringify(newest.definition, null, 2),
      action: `/admin/risk-questionnaires/${newest.kind}`,
      errors: opts.errors,
    });
  }

  app.get('/admin/risk-questionnaires/:kind', guard, async (request, reply) => show(reply, (request.params as { kind: string }).kind));

  app.post('/admin/risk-questionnaires/:kind', guard, async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const body = (request.body ?? {}) as Record<string, unknown>;
    const definition = typeof body.definition === 'string' ? body.definition : '';
    const form = validateForm(publishSchema, { definition });
    if (!form.ok) return show(reply, kind, { definition, errors: form.errors });
    if (!(await findQuestionnaireVersion(db, kind))) return reply.callNotFound();
    try {
      const { version } = await publishQuestionnaire(db, request.actor!, kind, form.value.definition, request.ip);
      return reply.redirect(`/admin/risk-questionnaires?published=${kind}-${version}`, 303);
    } catch (error) {
      if (!(error instanceof QuestionnaireInvalidError)) throw error;
      const errors: FormErrors = {
        list: error.problems.map((text) => ({ text, href: '#definition' })),
        fields: {
          definition: {
            text:
              error.problems.length === 1
                ? error.problems[0]!
                : `There are ${error.problems.length} problems with the questionnaire: see the list at the top of the page`,
          },
        },
      };
      return show(reply, kind, { definition, errors });
    }
  });
}
