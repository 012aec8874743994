/**
 * Not-found and error pages (GOV.UK wording), JSON for /api. Errors are logged without request
 * bodies, so personal data never reaches the log.
 */
import type { FastifyInstance } from 'fastify';

export function registerErrors(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send({ error: 'not_found', message: 'Not found' });
    return reply.code(404).view('views/error.njk', {
      title: 'Page not found',
      message:
        'If you typed the web address, check it is correct. If you followed a link, the record may not exist or you may not have access to it.',
    });
  });
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (request.url.startsWith('/api/')) {
      return reply.code(status).send({
        error: status === 500 ? 'internal_error' : 'bad_request',
        message: status === 500 ? 'Sorry, there is a problem with the service' : error.message,
      });
    }
    return reply.code(status).view('views/error.njk', {
      title: status === 500 ? 'Sorry, there is a problem with the service' : 'There is a problem',
      message: status === 500 ? 'Try again later.' : error.message,
    });
  });
}
