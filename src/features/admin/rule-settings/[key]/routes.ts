/**
 * GET/POST /admin/rule-settings/:key — change one group of rule settings. A valid change is
 * stored as a new row (the history below the form keeps every earlier value) and audited.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { getRuleSettings } from '../../../../services/settings/get-rule-settings.js';
import { changeRuleSettings } from '../../../../services/settings/change-rule-settings.js';
import { settingsFormValues, type SettingsFormInput } from '../../../../domain/settings/form.js';
import { findSettingGroup } from '../../../../domain/settings/registry.js';
import { formErrors, formFields, historyRows } from './view-model.js';
import { ruleSettingsFormSchema } from './schema.js';

const VIEW = 'features/admin/rule-settings/[key]/view.njk';
const guard = { preHandler: requireActor('admin:settings') };

export default async function ruleSettingsGroupRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** The form for `key` (400 with the errors and what was typed), or the not-found page. */
  async function show(reply: FastifyReply, key: string, opts: { values?: SettingsFormInput; errors?: FormErrors } = {}) {
    const state = await getRuleSettings(db, key);
    if (!state) return reply.callNotFound();
    return reply.code(opts.errors ? 400 : 200).view(VIEW, {
      title: `Change the ${state.group.title.toLowerCase()} settings`,
      group: state.group,
      problem: state.problem,
      fields: formFields(state.group),
      values: opts.values ?? settingsFormValues(state.group, state.settings),
      errors: opts.errors,
      history: historyRows(state.revisions),
    });
  }

  app.get('/admin/rule-settings/:key', guard, async (request, reply) => show(reply, (request.params as { key: string }).key));

  app.post('/admin/rule-settings/:key', guard, async (request, reply) => {
    const { key } = request.params as { key: string };
    const values = ruleSettingsFormSchema.parse(request.body ?? {});
    if (!findSettingGroup(key)) return reply.callNotFound();
    const result = await changeRuleSettings(db, key, values, request.actor!, request.ip);
    if (!result.ok) return show(reply, key, { values, errors: formErrors(result.errors) });
    return reply.redirect(`/admin/rule-settings?${result.changed ? 'saved' : 'unchanged'}=${encodeURIComponent(key)}`, 303);
  });
}
