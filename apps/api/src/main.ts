import 'reflect-metadata';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { demoPresent, demoWarning, seedDemo } from './db/seed.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { startOpsServer } from './web.js';

/** How long SIGTERM waits for running attempts before giving up (they are recovered later). */
const DRAIN_MS = 60_000;

const config = loadConfig();
const logger = createLogger(config.logLevel);
const app = await createApp(config, logger);
let server: { port: number; close(): Promise<void> };
if (config.role === 'worker') {
  server = await startOpsServer(app, config.port);
  logger.info(
    { port: server.port, role: config.role, concurrency: config.workerConcurrency },
    'worker running (/healthz, /metrics)',
  );
} else {
  server = await startServer(app, config.port);
  // After listening: the demo connectors push to this server's own port (PORT=0 included).
  if (config.seedDemo) {
    const seeded = await seedDemo(app, server.port);
    if (seeded || (await demoPresent(app))) logger.warn(demoWarning(seeded));
  }
  logger.info(
    { port: server.port, db: config.database.type, role: config.role },
    `open http://localhost:${server.port}/ (GraphQL at /graphql)`,
  );
}

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
    await server.close();
    await app.close();
    logger.info('stopped');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
