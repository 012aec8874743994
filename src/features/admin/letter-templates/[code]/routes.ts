/**
 * GET/POST /admin/letter-templates/:code — edit a letter template; saving publishes a new version
 * (services/letters/publish-template.ts). Merge fields that do not exist are listed GOV.UK style
 * and everything typed is kept. The list of merge fields is shown beside the editor.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { formError, validateForm, type FormErrors } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { MERGE_FIELDS } from '../../../../domain/letters/merge.js';
import { CaseNotFoundError, CaseRuleError } from '../../../../services/cases/errors.js';
import { templateInUse } from '../../../../services/letters/letter-templates.js';
import { publishLetterTemplate, TemplateFieldsError } from '../../../../services/letters/publish-template.js';
import { templateSchema, templateValues, type TemplateValues } from './schema.js';

const VIEW = 'features/admin/letter-templates/[code]/view.njk';
const guard = { preHandler: requireActor('admin:reference') };
type Params = { Params: { code: string } };

export default async function letterTemplateRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(reply: FastifyReply, code: string, values?: TemplateValues, errors?: FormErrors) {
    const current = await templateInUse(db, code);
    if (!current) return reply.callNotFound();
    return reply.code(errors ? 400 : 200).view(VIEW, {
      title: `Edit the ${current.name.toLowerCase()}`,
      template: current,
      values: values ?? { name: current.name, subject: current.subject, body: current.body },
      mergeFields: MERGE_FIELDS.map((f) => ({ key: { html: `<code>{{ ${f.name} }}</code>` }, value: { text: f.description } })),
      action: `/admin/letter-templates/${current.code}`,
      errors,
    });
  }

  app.get<Params>('/admin/letter-templates/:code', guard, async (request, reply) => show(reply, request.params.code));

  app.post<Params>('/admin/letter-templates/:code', guard, async (request, reply) => {
    const { code } = request.params;
    const values = templateValues(request.body);
    const form = validateForm(templateSchema, values);
    if (!form.ok) return show(reply, code, values, form.errors);
    try {
      const { version } = await publishLetterTemplate(db, request.actor!, code, form.value, request.ip);
      return reply.redirect(`/admin/letter-templates?published=${encodeURIComponent(code)}-${version}`, 303);
    } catch (err) {
      if (err instanceof TemplateFieldsError) {
        return show(reply, code, values, {
          list: err.problems.map((text) => ({ text, href: '#body' })),
          fields: {
            body: {
              text:
                err.problems.length === 1
                  ? err.problems[0]!
                  : `The template uses ${err.problems.length} merge fields that do not exist: see the list at the top of the page`,
            },
          },
        });
      }
      if (err instanceof CaseRuleError) return show(reply, code, values, formError(err.field, err.message));
      if (err instanceof CaseNotFoundError) return reply.callNotFound();
      throw err;
    }
  });
}
