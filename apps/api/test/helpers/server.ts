import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createConnection } from 'mysql2/promise';
import { createApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';

export type Driver = 'sqlite' | 'mysql';

/** SQLite always; MariaDB/MySQL too when MYSQL_URL is set (unreachable = failure, never a skip). */
export const DRIVERS: Driver[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh database: a temp DATA_DIR for SQLite, a new odc_test_<random> schema for MySQL. */
export async function freshDatabase(driver: Driver): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'odc-test-'));
  const base = { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info' };
  if (driver === 'sqlite') {
    return { env: base, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = new URL(process.env.MYSQL_URL as string);
  const name = `odc_test_${randomBytes(5).toString('hex')}`;
  const admin = await createConnection(url.toString());
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  await admin.end();
  const dbUrl = new URL(url.toString());
  dbUrl.pathname = `/${name}`;
  return {
    env: {
      ...base,
      DATABASE_URL: dbUrl.toString(),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      JWT_SECRET: randomBytes(32).toString('hex'),
    },
    async drop() {
      const conn = await createConnection(url.toString());
      await conn.query(`DROP DATABASE IF EXISTS ${name}`);
      await conn.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The database config the API would read from a test database's env (for openDataSource). */
export function databaseOf(db: TestDatabase): Config['database'] {
  return db.env.DATABASE_URL
    ? { type: 'mysql', url: db.env.DATABASE_URL }
    : { type: 'sqlite', path: join(db.env.DATA_DIR!, 'odc.sqlite') };
}

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  /** Every log line written so far. */
  logs: string[];
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string>): Promise<TestServer> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  // SIGNUP=open: suites sign up an organization each (the product's default is first).
  const config = loadConfig({
    ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
    SIGNUP: 'open',
    ...env,
    PORT: '0',
  });
  const app = await createApp(config, createLogger(config.logLevel, sink));
  let server: RunningServer;
  try {
    server = await startServer(app, 0);
  } catch (e) {
    await app.close();
    throw e;
  }
  return {
    app,
    url: `${server.url}/graphql`,
    wsUrl: `ws://127.0.0.1:${server.port}/graphql`,
    logs,
    async close() {
      await server.close();
      await app.close();
    },
  };
}
