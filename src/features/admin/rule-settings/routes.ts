/**
 * GET /admin/rule-settings — the partnership's LOCAL and UNVERIFIED rule settings, group by group:
 * each value in force, its default when different and its last change.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { listRuleSettings } from '../../../services/settings/list-rule-settings.js';
import { findSettingGroup } from '../../../domain/settings/registry.js';

export default async function ruleSettingsRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/rule-settings', { preHandler: requireActor('admin:settings') }, async (request, reply) => {
    const { saved, unchanged } = request.query as { saved?: string; unchanged?: string };
    const savedGroup = saved ? findSettingGroup(saved) : undefined;
    const banner = savedGroup
      ? `${savedGroup.title} settings saved`
      : unchanged && findSettingGroup(unchanged)
        ? 'No changes were made'
        : undefined;
    const groups = (await listRuleSettings(db)).map((g) => ({ ...g, href: `/admin/rule-settings/${encodeURIComponent(g.key)}` }));
    return reply.view('features/admin/rule-settings/view.njk', { title: 'Rule settings', groups, banner });
  });
}
