import 'reflect-metadata';
import { createApp, type App } from './app.js';
import { startBootServer, untilReady } from './boot.js';
import { loadConfig } from './config.js';
import { demoPresent, demoWarning, seedDemo } from './seed.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { startOpsServer } from './express-routes.js';

/** How long SIGTERM waits for running attempts before giving up (they are recovered later). */
const DRAIN_MS = 60_000;

const config = loadConfig();
const logger = createLogger(config.logLevel);
// Listening first: until the database and Redis answer, /healthz (and everything else) says 503.
const boot = await startBootServer(config.port);
logger.info(
  { port: boot.port, starting: true, role: config.role },
  'starting: waiting for the database and Redis (/healthz answers 503 until ready)',
);
let app: App | null = null;
let server: { port: number; close(): Promise<void> } | null = null;
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: no new requests or jobs, finishing running attempts');
  setTimeout(() => {
    logger.warn('running attempts did not finish in time; they are recovered on the next start');
    process.exit(1);
  }, DRAIN_MS).unref();
  try {
    if (server) await server.close();
    else boot.server.close();
    if (app) await app.close();
    logger.info('stopped');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

app = await untilReady(() => createApp(config, logger), logger);
if (stopping) {
  await app.close();
} else if (config.role === 'worker') {
  server = await startOpsServer(app, boot.port, { server: boot.server });
  logger.info(
    { port: server.port, ready: true, role: config.role, concurrency: config.workerConcurrency },
    'worker running (/healthz, /metrics)',
  );
} else {
  server = await startServer(app, boot.port, { server: boot.server });
  // After listening: the demo connectors push to this server's own port (PORT=0 included).
  if (config.seedDemo) {
    const seeded = await seedDemo(app, server.port);
    if (seeded || (await demoPresent(app))) logger.warn(demoWarning(seeded));
  }
  logger.info(
    { port: server.port, ready: true, db: config.database.type, role: config.role },
    `open http://localhost:${server.port}/ (GraphQL at /graphql)`,
  );
}
