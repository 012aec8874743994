/**
 * POST /compliance/send-weekly — the "Send the weekly lists now" button (compliance page and the
 * outbox page): runs the weekly compliance lists at once and sends the queued emails
 * (services/cases/send-weekly-compliance.ts), then returns to the page it came from with a banner.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { sendWeeklyComplianceNow } from '../../../services/cases/send-weekly-compliance.js';

/** The pages that carry the button; anything else returns to the compliance page. */
const RETURN_TO = new Set(['/compliance', '/admin/outbox']);

export default async function sendWeeklyRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  app.post('/compliance/send-weekly', { preHandler: requireActor('compliance:send') }, async (request, reply) => {
    const body = (request.body ?? {}) as { returnTo?: unknown };
    const back = typeof body.returnTo === 'string' && RETURN_TO.has(body.returnTo) ? body.returnTo : '/compliance';
    const result = await sendWeeklyComplianceNow(db, request.actor!, config, new Date(), request.ip);
    return reply.redirect(`${back}?sent=${result.emails}`, 303);
  });
}
