/** GET /admin — the administration index: links to the sections the administrator may use. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { can } from '../../domain/access/roles.js';

const SECTIONS = [
  {
    href: '/admin/organisations',
    text: 'Organisations',
    description: 'The partnership’s agencies: add an organisation.',
    permission: 'admin:organisations',
  },
  {
    href: '/admin/users',
    text: 'Users',
    description: 'Staff accounts: add users, change their roles, deactivate accounts.',
    permission: 'admin:users',
  },
  {
    href: '/admin/incident-types',
    text: 'Incident types',
    description: 'The versioned list of incident types and its history.',
    permission: 'admin:reference',
  },
  {
    href: '/admin/risk-questionnaires',
    text: 'Risk questionnaires',
    description: 'The versioned victim, perpetrator and case risk assessment questions, scores and bands.',
    permission: 'admin:reference',
  },
  {
    href: '/admin/letter-templates',
    text: 'Letter templates',
    description: 'The pro-forma letters (warning letter, CPW, CPN, ABC, interview, case closure): edit to publish a new version.',
    permission: 'admin:reference',
  },
  {
    href: '/admin/intervention-types',
    text: 'Intervention types',
    description: 'The tools and powers register and the Incremental Approach ladder: add a type, change its tier.',
    permission: 'admin:reference',
  },
  {
    href: '/admin/rule-settings',
    text: 'Rule settings',
    description: 'The partnership’s local rules and those awaiting a confirmed national source: check thresholds, case intervals, powers.',
    permission: 'admin:settings',
  },
  {
    href: '/admin/outbox',
    text: 'Email outbox',
    description: 'Emails Concord has sent or kept (when no mail server is configured), and the weekly compliance lists.',
    permission: 'admin:outbox',
  },
] as const;

export default async function adminIndexRoutes(app: FastifyInstance, _deps: AppDeps) {
  app.get(
    '/admin',
    { preHandler: requireActor('admin:organisations', 'admin:users', 'admin:reference', 'admin:settings', 'admin:outbox') },
    async (request, reply) => {
      const sections = SECTIONS.filter((s) => can(request.actor, s.permission));
      return reply.view('features/admin/view.njk', { title: 'Administration', sections });
    },
  );
}
