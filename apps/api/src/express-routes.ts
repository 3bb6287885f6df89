import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { App } from './app.js';
import { MAX_BODY_BYTES } from './limits.js';
import { canManage } from './modules/shared/access.js';
import { toConnectorView } from './modules/connectors/connector.mapper.js';
import { securityHeaders } from './security-headers.js';
import { echoOf, mountDemoFaults } from './demo-targets.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const reachable = (check: () => Promise<unknown>) =>
  Promise.race([
    check().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref()),
  ]);

/** /healthz: are the database and (when configured) Redis reachable; 503 when one is not. */
export function mountHealth(web: Express, app: App): void {
  web.get('/healthz', async (_req, res) => {
    const redis = app.redis;
    const [db, red] = await Promise.all([
      reachable(() => app.ds.query('SELECT 1')),
      redis ? reachable(() => redis.ping()) : Promise.resolve(null),
    ]);
    const ok = db && red !== false;
    res.status(ok ? 200 : 503).json({
      ok,
      role: app.config.role,
      db: { type: app.config.database.type, ok: db },
      redis: red === null ? { configured: false } : { configured: true, ok: red },
    });
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether an Authorization header is "Bearer <token>", compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  return timingSafeEqual(digest(header ?? ''), digest(`Bearer ${token}`));
}

/**
 * /metrics: Prometheus text format (runs by status, attempt durations, queue depth, tokens).
 * With METRICS_TOKEN set, only for Authorization: Bearer <METRICS_TOKEN> (401 otherwise).
 */
export function mountMetrics(web: Express, app: App): void {
  const token = app.config.metricsToken;
  web.get('/metrics', async (req, res) => {
    if (token && !bearerMatches(req.headers.authorization, token)) {
      res.setHeader('www-authenticate', 'Bearer');
      return void res.status(401).type('text/plain').send('unauthorized\n');
    }
    try {
      const text = await app.metrics.registry.metrics();
      res.type(app.metrics.registry.contentType).send(text);
    } catch {
      res.status(503).type('text/plain').send('metrics unavailable\n');
    }
  });
}

/** Lead sources created through the demo list: the newest this many are kept. */
export const DEMO_MAX_LEAD_SOURCES = 1000;
export const DEMO_MAX_NAME_LENGTH = 200;

/**
 * The demo target's staff and lead source lists (what the demo CRM Sync matches against): the
 * demo users as staff, and lead sources that grow as pushes create them (in memory, bounded).
 */
function mountDemoLists(web: Express): void {
  const staff = [
    { id: 'staff-101', name: 'Ada Admin', email: 'admin@demo.test' },
    { id: 'staff-102', name: 'Owen Officer', email: 'officer@demo.test' },
  ];
  const builtIn = [
    { id: 'source-1', name: 'Website' },
    { id: 'source-2', name: 'Referral' },
  ];
  const created = new LRUCache<string, { id: string; name: string }>({
    max: DEMO_MAX_LEAD_SOURCES,
  });
  let next = builtIn.length;
  web.get('/demo/echo/staff', (_req, res) => void res.json({ items: staff }));
  // Oldest first; reading does not change what is dropped next.
  web.get(
    '/demo/echo/lead-sources',
    (_req, res) => void res.json([...builtIn, ...created.rvalues()]),
  );
  web.post(
    '/demo/echo/lead-sources',
    express.json({ limit: '4kb' }),
    (req: Request, res: Response) => {
      const name = (req.body as { name?: unknown } | undefined)?.name;
      if (typeof name !== 'string' || !name.trim())
        return void res.status(400).json({ error: 'name is required' });
      if (name.trim().length > DEMO_MAX_NAME_LENGTH)
        return void res
          .status(400)
          .json({ error: `name must be at most ${DEMO_MAX_NAME_LENGTH} characters` });
      const source = { id: `source-${++next}`, name: name.trim() };
      created.set(source.id, source);
      res.status(201).json(source);
    },
  );
}

/** The demo targets: the echo answers 200 with what it received, so demo connectors succeed. */
export function mountDemoEcho(web: Express): void {
  mountDemoLists(web);
  mountDemoFaults(web);
  web.all(
    /^\/demo\/echo(\/.*)?$/,
    express.text({ type: () => true, limit: MAX_BODY_BYTES }),
    (req: Request, res: Response) => void res.json(echoOf(req)),
  );
}

/** bench:api's baseline: connectors page 1 as bare JSON, same auth, same service, same rows. */
export function mountBenchRoute(web: Express, app: App): void {
  web.get('/bench/connectors', async (req, res) => {
    try {
      const viewer = await app.services.identity.viewerFromAuthorization(req.headers.authorization);
      if (!viewer) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
      const page = await app.services.connectors.list(viewer, { page: 1, pageSize: 9 });
      const items = page.items.map((c) => toConnectorView(c, app.box, canManage(viewer)));
      res.json({ ...page, items });
    } catch {
      res.status(400).json({ error: 'BAD_REQUEST' });
    }
  });
}

/** The built web app with an SPA fallback, when apps/web/dist exists. */
export function mountWebApp(web: Express): void {
  if (!existsSync(WEB_DIST)) return;
  web.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
  web.get(/^\/(?!graphql|healthz|demo\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile('index.html', { root: WEB_DIST });
  });
}

/** Malformed or oversized bodies answer 4xx with a GraphQL-shaped error, never 5xx. */
export function errorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const e = err as { status?: number; statusCode?: number; type?: string; message?: string };
  const status = e.status ?? e.statusCode ?? 500;
  const safe = status >= 400 && status < 500 ? status : 400;
  const message =
    e.type === 'entity.too.large'
      ? 'Request body too large'
      : e.type === 'entity.parse.failed'
        ? 'Malformed JSON body'
        : 'Bad request';
  res.status(safe).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/** A worker process's HTTP face: /healthz and /metrics only. */
export async function startOpsServer(
  app: App,
  port: number,
  options: { server?: Server } = {},
): Promise<{ port: number; close(): Promise<void> }> {
  const web = express();
  web.disable('x-powered-by');
  web.use(securityHeaders(app.config.trustProxyTls));
  mountHealth(web, app);
  mountMetrics(web, app);
  // The boot server when there is one (it answered 503 until now).
  const server = options.server ?? createServer();
  server.removeAllListeners('request');
  server.on('request', web);
  if (!server.listening) await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
