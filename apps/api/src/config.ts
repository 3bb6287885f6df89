import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { SignUpMode } from './modules/identity/identity.service.js';

const boolText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^mysql:\/\//, 'DATABASE_URL must be a mysql:// URL')
    .optional(),
  REDIS_URL: z.string().optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'REDIS_PREFIX may hold letters, digits, _ and - only')
    .default('odc'),
  ENCRYPTION_KEY: z.string().optional(),
  JWT_SECRET: z.string().min(16, 'JWT_SECRET must be at least 16 characters').optional(),
  // Nothing loopback or private by default; the demo echo is let through on its own (demoPrefixes).
  ALLOWED_TARGET_HOSTS: z.string().default(''),
  SEED_DEMO: boolText.optional(),
  SEED_DEMO_ACTIVITY: boolText.default(true),
  TRUST_PROXY_TLS: boolText.default(false),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  SIGNUP: z.enum(['first', 'open'], { error: 'SIGNUP must be first or open' }).default('first'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(32),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  RUN_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
});

/** all: API and workers in one process; api: GraphQL only; worker: push jobs only. */
export type ProcessRole = 'all' | 'api' | 'worker';

export interface Config {
  port: number;
  dataDir: string;
  database: { type: 'sqlite'; path: string } | { type: 'mysql'; url: string };
  redisUrl: string | undefined;
  /** Names the queue and rate-limit keys: deployments sharing one Redis keep apart. */
  redisPrefix: string;
  encryptionKey: Buffer;
  jwtSecret: Uint8Array;
  allowedTargetHosts: string;
  /** Demo data, the /demo/ routes and pushes to them: default on with SQLite, off with MySQL. */
  seedDemo: boolean;
  /** With the demo seed: two weeks of run history, and demo connectors that retry and fail. */
  seedDemoActivity: boolean;
  /** TLS ends at a proxy in front: send HSTS. */
  trustProxyTls: boolean;
  /** When set, /metrics asks for Authorization: Bearer <token>. */
  metricsToken: string | undefined;
  signUp: SignUpMode;
  logLevel: string;
  production: boolean;
  workerConcurrency: number;
  /** Pushes of one bulk job under way at once in its lane: WORKER_CONCURRENCY, or 64 unset. */
  bulkConcurrency: number;
  role: ProcessRole;
  /** Worker processes queue again open runs overdue by this much, this often. */
  sweepIntervalMs: number;
  /** Runs (and their attempts) older than this many days are deleted by the worker processes. */
  runRetentionDays: number;
}

/** Parses a 32-byte key given as 64 hex characters or base64. */
export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes (64 hex or base64)');
  return key;
}

interface GeneratedKeys {
  encryptionKey: string;
  jwtSecret: string;
}

/** Keys for the embedded default, generated once into DATA_DIR/keys.json. */
function generatedKeys(dataDir: string): GeneratedKeys {
  const file = join(dataDir, 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GeneratedKeys;
  const keys = {
    encryptionKey: randomBytes(32).toString('hex'),
    jwtSecret: randomBytes(48).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (e.g. DATABASE_URL= in a compose file).
  const set = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.ROLE !== 'all' && !e.REDIS_URL) {
    throw new Error(
      `ROLE=${e.ROLE} needs REDIS_URL: API and worker processes share jobs through Redis`,
    );
  }
  const dataDir = resolve(e.DATA_DIR);
  const mysql = e.DATABASE_URL !== undefined && e.DATABASE_URL !== '';
  if (mysql && (!e.ENCRYPTION_KEY || !e.JWT_SECRET)) {
    throw new Error('ENCRYPTION_KEY and JWT_SECRET are required with DATABASE_URL');
  }
  let encryptionKey = e.ENCRYPTION_KEY;
  let jwtSecret = e.JWT_SECRET;
  if (!mysql) mkdirSync(dataDir, { recursive: true });
  if (!encryptionKey || !jwtSecret) {
    const keys = generatedKeys(dataDir);
    encryptionKey ??= keys.encryptionKey;
    jwtSecret ??= keys.jwtSecret;
  }
  return {
    port: e.PORT,
    dataDir,
    database: mysql
      ? { type: 'mysql', url: e.DATABASE_URL as string }
      : { type: 'sqlite', path: join(dataDir, 'odc.sqlite') },
    redisUrl: e.REDIS_URL || undefined,
    redisPrefix: e.REDIS_PREFIX,
    encryptionKey: parseKey(encryptionKey),
    jwtSecret: new TextEncoder().encode(jwtSecret),
    allowedTargetHosts: e.ALLOWED_TARGET_HOSTS,
    // Known logins never reach production unless asked for by name; MySQL only when asked too.
    seedDemo: e.SEED_DEMO ?? (!mysql && e.NODE_ENV !== 'production'),
    seedDemoActivity: e.SEED_DEMO_ACTIVITY,
    trustProxyTls: e.TRUST_PROXY_TLS,
    metricsToken: e.METRICS_TOKEN,
    signUp: e.SIGNUP,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    workerConcurrency: e.WORKER_CONCURRENCY,
    bulkConcurrency: set.WORKER_CONCURRENCY ? e.WORKER_CONCURRENCY : 64,
    role: e.ROLE,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    runRetentionDays: e.RUN_RETENTION_DAYS,
  };
}

/** What the demo connectors may reach on this server while demo data is on: its /demo/ routes. */
export function demoPrefixes(port: number): string[] {
  return [`http://127.0.0.1:${port}/demo/`, `http://localhost:${port}/demo/`];
}
