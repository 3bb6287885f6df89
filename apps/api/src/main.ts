import 'reflect-metadata';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemo } from './db/seed.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const app = await createApp(config, logger);
if (config.seedDemo && config.database.type === 'sqlite') await seedDemo(app, config.port);
const server = await startServer(app, config.port);
logger.info(
  { port: server.port, db: config.database.type },
  `serving on http://localhost:${server.port}/graphql`,
);

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await server.close();
  await app.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
