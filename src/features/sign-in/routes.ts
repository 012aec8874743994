/** GET/POST /sign-in and POST /sign-out. Sign-in attempts are rate limited per client IP. */
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { AppDeps } from '../../platform/deps.js';
import { formError, validateForm } from '../../platform/forms.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.js';
import { signIn, signOut } from '../../services/auth/sign-in.js';
import { safeReturnTo, signInSchema } from './schema.js';

const VIEW = 'features/sign-in/view.njk';

export default async function signInRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  await app.register(rateLimit, { global: false });
  const policy = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };

  app.get('/sign-in', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    return reply.view(VIEW, {
      title: 'Sign in',
      values: { returnTo: safeReturnTo(q.returnTo) },
      expired: q.expired === '1',
    });
  });

  app.post(
    '/sign-in',
    {
      config: {
        rateLimit: {
          max: config.signInMaxAttempts,
          timeWindow: config.signInWindowMinutes * 60_000,
          errorResponseBuilder: (_req, ctx) => ({
            statusCode: 429,
            message: `Too many sign-in attempts. Wait ${Math.ceil(ctx.ttl / 60000)} minutes and try again.`,
          }),
        },
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = { email: body.email, returnTo: safeReturnTo(body.returnTo) };
      const form = validateForm(signInSchema, body);
      if (!form.ok) return reply.code(400).view(VIEW, { title: 'Sign in', errors: form.errors, values });
      const result = await signIn(db, { ...form.value, ip: request.ip }, policy);
      if (!result.ok) {
        const message =
          result.reason === 'no_membership'
            ? 'Your account is not linked to an organisation. Ask your administrator.'
            : 'Enter a correct email address and password';
        return reply.code(400).view(VIEW, { title: 'Sign in', errors: formError('email', message), values });
      }
      setSessionCookie(reply, result.token, config.cookieSecure);
      return reply.redirect(values.returnTo, 303);
    },
  );

  app.post('/sign-out', async (request, reply) => {
    if (request.session) await signOut(db, request.session, request.ip);
    clearSessionCookie(reply);
    return reply.redirect('/sign-in?signedOut=1', 303);
  });
}
