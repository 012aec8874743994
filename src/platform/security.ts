/**
 * Security headers (helmet) with a per-response CSP nonce, and the static assets Concord serves
 * itself: GOV.UK Frontend, MoJ Frontend, Leaflet and Chart.js. Nothing is loaded from another
 * host, so the app works on a closed police or council network; map tiles only when
 * MAP_TILE_URL is configured.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { packageDir, SRC_DIR } from './views.js';

export async function registerSecurity(app: FastifyInstance, opts: { mapTileUrl?: string | undefined }): Promise<void> {
  const tileOrigin = opts.mapTileUrl ? new URL(opts.mapTileUrl.replace(/\{[a-z]\}/g, 'a')).origin : null;
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
    referrerPolicy: { policy: 'same-origin' },
  });

  const assets: [string, string][] = [
    ['/assets/', path.join(packageDir('govuk-frontend'), 'dist', 'govuk', 'assets')],
    ['/vendor/govuk/', path.join(packageDir('govuk-frontend'), 'dist', 'govuk')],
    ['/vendor/moj/', path.join(packageDir('@ministryofjustice/frontend'), 'moj')],
    ['/vendor/leaflet/', path.join(packageDir('leaflet'), 'dist')],
    ['/vendor/chartjs/', path.join(packageDir('chart.js'), 'dist')],
    ['/public/', path.join(SRC_DIR, 'public')],
  ];
  assets.forEach(([prefix, root], i) => app.register(fastifyStatic, { root, prefix, decorateReply: i === 0, index: false, maxAge: '1h' }));
}
