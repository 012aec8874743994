/**
 * Logger options (pino, through Fastify). Personal data never reaches the log: request bodies
 * are not logged, and cookies, authorisation headers and any field that may hold personal data
 * are redacted.
 */
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.forename',
        '*.surname',
        '*.dateOfBirth',
        '*.phone',
        '*.postcode',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
    },
  };
}
