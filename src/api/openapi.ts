/**
 * GET /api/v1/openapi.json — the OpenAPI 3.1 description of Concord's JSON API. Each API area
 * adds its paths to `paths` here (the report API's come from api/report/openapi.ts). Public: it
 * describes, it holds no data.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.js';
import { reportPaths, reportSchemas } from './report/openapi.js';

const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2025-03' };
const error = {
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Concord API',
    version: '1',
    description:
      'Anti-social behaviour case management for partnerships. Authenticate with an API token ' +
      '(`npm run concord -- tokens create …`) as `Authorization: Bearer …`, or a signed-in session. Every call is audited.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      bearerToken: { type: 'http', scheme: 'bearer' },
      session: { type: 'apiKey', in: 'cookie', name: 'concord_session' },
    },
    schemas: { Error: error, ...reportSchemas },
  },
  security: [{ bearerToken: [] }, { session: [] }],
  paths: {
    ...reportPaths,
    '/api/v1/stats/incidents': {
      get: {
        summary: 'Incident counts by district and month',
        description:
          'Counts of the incidents the caller may see. Needs a role with analysis rights (analyst, ASB coordinator, supervisor).',
        parameters: [
          { name: 'groupBy', in: 'query', schema: { type: 'string', enum: ['district,month', 'month,district'] } },
          { name: 'from', in: 'query', description: 'First month, inclusive', schema: month },
          { name: 'to', in: 'query', description: 'Last month, inclusive', schema: month },
          { name: 'source', in: 'query', schema: { type: 'string', enum: ['police.uk', 'staff', 'public', 'api', 'demo'] } },
          { name: 'category', in: 'query', schema: { type: 'string', enum: ['personal', 'nuisance', 'environmental'] } },
          { name: 'district', in: 'query', description: 'GSS district code, e.g. E06000016', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'Non-zero counts, sorted by district name then month',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['districtCode', 'districtName', 'month', 'count'],
                    properties: {
                      districtCode: { type: ['string', 'null'] },
                      districtName: { type: ['string', 'null'] },
                      month,
                      count: { type: 'integer', minimum: 1 },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description: 'Invalid query; `field` names the parameter',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '401': {
            description: 'No session or token',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '403': {
            description: 'The role may not use analysis',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    },
  },
} as const;

export default async function openApiRoutes(app: FastifyInstance, _deps: AppDeps) {
  app.get('/api/v1/openapi.json', async () => openApiDocument);
}
