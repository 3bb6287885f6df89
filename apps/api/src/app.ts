import 'reflect-metadata';
import {
  createHttpClient,
  createRateLimiter,
  createListCache,
  createTokenCache,
  type HttpClient,
  type RateLimiter,
  type TokenCache,
} from '@odc/core';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { createBatcher } from './db/batch/open.js';
import { BatchedReads } from './db/batch/reads.js';
import { openDataSource } from './data-source.js';
import { Metrics } from './infra/metrics.js';
import { createMemoryBus } from './infra/pubsub/memory.js';
import type { EventBus } from './infra/pubsub/pubsub.js';
import { createRedisBus } from './infra/pubsub/redis.js';
import { BullMqQueue, QUEUE_NAME } from './infra/queue/bullmq.js';
import { IdempotencyStore } from './infra/idempotency/store.js';
import { InProcessQueue } from './infra/queue/in-process.js';
import { RedisOutage } from './infra/redis-outage.js';
import type { RunQueue } from './infra/queue/queue.js';
import { createRedisRateLimiter } from './infra/rate-limit/redis.js';
import { createRedisTokenCache } from './infra/tokens/redis.js';
import { createSecretBox, type SecretBox } from './infra/secrets.js';
import type { Logger } from './logger.js';
import { ConnectorService } from './modules/connectors/connector.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { LoginThrottle } from './modules/identity/login-throttle.js';
import { ContactService } from './modules/records/contact.service.js';
import { CustomFieldService } from './modules/custom-fields/custom-field.service.js';
import { LoanService } from './modules/records/loan.service.js';
import { lookups } from './modules/records/record-snapshot.js';
import { Dispatcher } from './modules/delivery/dispatcher.js';
import { LastRunWriter } from './modules/delivery/last-run.js';
import { PushRunEntity } from './modules/delivery/push-run.entity.js';
import { recoverRuns, startSweeper } from './modules/delivery/recovery.js';
import { TargetPauses } from './modules/delivery/target-pauses.js';
import { RunOrder } from './modules/delivery/run-order.js';
import { RunSql } from './modules/delivery/run-sql.js';
import { RunService } from './modules/runs/run.service.js';
import { RunWorker } from './modules/delivery/worker.js';
import { ensureSigningSecret, SigningService } from './modules/signing/signing.service.js';
import { recordVersion, VersionService } from './modules/versions/version.service.js';
import { RunHistory } from './modules/history/run-history.js';
import { startRetention } from './modules/history/retention.js';
import type { Services } from './services.js';
import { BulkDriver } from './modules/bulk/bulk-driver.js';
import { BulkLane } from './modules/bulk/bulk-lane.js';
import { PushExecution } from './modules/delivery/push-execution.js';
import { RunBatchSql } from './modules/delivery/run-batch-sql.js';
import { BulkService } from './modules/bulk/bulk.service.js';
import { ReplayService } from './modules/bulk/replay.service.js';
import { createSchema } from './schema.js';

/** How often expired idempotency keys are deleted. */
const KEY_SWEEP_MS = 10 * 60 * 1000;

/** Everything the server needs, wired once: data source, services, queue, bus, schema. */
export interface App {
  config: Config;
  logger: Logger;
  ds: DataSource;
  box: SecretBox;
  bus: EventBus;
  queue: RunQueue;
  /** Present when this process executes push jobs. */
  worker: RunWorker | null;
  /**
   * URL prefixes pushes may reach past the target guard: the server's own /demo/ routes while
   * demo data is on (set once it listens, see startServer).
   */
  allowedUrlPrefixes: string[];
  /** Shared Redis connection (health, rate limits) when REDIS_URL is set. */
  redis: Redis | null;
  metrics: Metrics;
  services: Services;
  schema: GraphQLSchema;
  /** Stops taking jobs, lets running attempts finish, closes every connection. */
  close(): Promise<void>;
}

export interface AppOptions {
  /** Execute push jobs in this process; default: unless config.role is 'api'. */
  worker?: boolean;
}

export async function createApp(
  config: Config,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const runsWorker = options.worker ?? config.role !== 'api';
  const ds = await openDataSource(config.database);
  const box = createSecretBox(config.encryptionKey);
  // Every Redis client reports to one watcher: one warn line per outage, one when it is over.
  const outage = new RedisOutage(logger);
  const redis = config.redisUrl
    ? outage.watch(new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }))
    : null;
  const bus = config.redisUrl
    ? // API processes join every topic at start (subscriptions must not miss one); a worker
      // process joins a topic once something listens to it (target pauses, ended sessions).
      createRedisBus(config.redisUrl, config.redisPrefix, logger, config.role !== 'worker', outage)
    : createMemoryBus();
  await bus.ready?.();
  const queue: RunQueue = config.redisUrl
    ? new BullMqQueue(
        config.redisUrl,
        config.workerConcurrency,
        logger,
        QUEUE_NAME,
        config.redisPrefix,
        outage,
      )
    : new InProcessQueue(config.workerConcurrency, logger);
  const metrics = new Metrics({
    runCounts: async () =>
      (
        await ds
          .getRepository(PushRunEntity)
          .createQueryBuilder('r')
          .select('r.status', 'status')
          .addSelect('COUNT(*)', 'count')
          .groupBy('r.status')
          .getRawMany<{ status: string; count: string | number }>()
      ).map((r) => ({ status: r.status, count: Number(r.count) })),
    queueDepth: () => queue.depth(),
  });
  const allowedUrlPrefixes: string[] = [];
  const http: HttpClient = createHttpClient({
    allowedTargets: config.allowedTargetHosts,
    allowedUrlPrefixes: () => allowedUrlPrefixes,
  });
  const rateLimiter: RateLimiter = redis
    ? createRedisRateLimiter(redis, `${config.redisPrefix}:rate`)
    : createRateLimiter();
  // Access tokens: shared (sealed) through Redis by every worker process when there is one.
  const tokens: TokenCache = redis
    ? createRedisTokenCache(redis, box, `${config.redisPrefix}:token`, createTokenCache())
    : createTokenCache();
  const dispatcher = new Dispatcher(queue, bus, logger, !config.redisUrl && runsWorker);
  const batcher = createBatcher(ds, config.database, logger);
  const sql = new RunSql(ds, batcher);
  const reads = new BatchedReads(ds, batcher);
  const customFields = new CustomFieldService(ds);
  // In the save's transaction: a version of the connector, and (signing on) its first secret.
  const connectors = new ConnectorService(ds, box, bus, async (m, saved, def, viewer) => {
    await recordVersion(m, saved, viewer.userId);
    if (def.signPushes) await ensureSigningSecret(m, box, saved.id);
  });
  const signing = new SigningService(ds, box, connectors);
  const contacts = new ContactService(ds, customFields, dispatcher);
  const loans = new LoanService(ds, customFields, dispatcher);
  const runs = new RunService(ds, connectors, customFields, dispatcher, sql, reads);
  const sources = { ds, reads, customFields };
  // Without Redis the database has this one process: it takes every RUNNING job over at start.
  const bulk = new BulkDriver({
    ds,
    dispatcher,
    bus,
    logger,
    connectors,
    sources,
    soleProcess: !config.redisUrl,
  });
  const services: Services = {
    box,
    bus,
    identity: new IdentityService(ds, config.jwtSecret, {
      signUp: config.signUp,
      throttle: new LoginThrottle(redis, config.redisPrefix),
      bus,
      organizationSaved: (id) => lookups.forgetOrganization(id),
    }),
    connectors,
    customFields,
    contacts,
    loans,
    runs,
    versions: new VersionService(ds, box, connectors),
    signing,
    history: new RunHistory(ds),
    replays: new ReplayService(connectors, runs),
    bulk: new BulkService(ds, connectors, sources, bulk),
  };
  const schema = await createSchema();
  let worker: RunWorker | null = null;
  let sweeper: { stop(): Promise<void> } | null = null;
  let retention: { stop(): Promise<void> } | null = null;
  if (runsWorker) {
    const pushes = new PushExecution({
      box,
      // Lists of the targets' staff and lead sources (matching), kept five minutes.
      // The shared limiter also counts matching's list and create requests.
      deps: {
        http,
        tokens: countedTokens(tokens, metrics),
        lists: createListCache(),
        rateLimiter,
      },
      logger,
      signing,
    });
    const order = new RunOrder(sql);
    const lastRun = new LastRunWriter(ds, bus, logger);
    const pauses = new TargetPauses(bus);
    worker = new RunWorker({
      bus,
      queue,
      pushes,
      rateLimiter,
      logger,
      connectors,
      dispatcher,
      order,
      sql,
      reads,
      lastRun,
      metrics,
      pauses,
    });
    // Bulk jobs driven here push through the lane: batched claims and writes (bulk-lane.ts).
    bulk.useLane(
      new BulkLane({
        batch: new RunBatchSql(ds, batcher),
        sql,
        pushes,
        order,
        queue,
        bus,
        dispatcher,
        pauses,
        lastRun,
        metrics,
        logger,
        connectors,
        reads,
        concurrency: config.bulkConcurrency,
      }),
    );
    const w = worker;
    queue.start((job) => w.process(job));
    const recovery = { ds, queue, bus };
    const recovered = await recoverRuns(recovery);
    if (recovered > 0) logger.info({ recovered }, 'queued unfinished runs again');
    sweeper = startSweeper(recovery, logger, metrics, config.sweepIntervalMs);
    retention = startRetention(ds, logger, config.runRetentionDays);
  }
  // Bulk jobs whose driver is gone (a restart, a killed process) go on here.
  await bulk.start();
  // Idempotency keys older than 24 hours are deleted (by every API process, now and then).
  const keys = new IdempotencyStore(ds);
  const keySweep =
    config.role === 'worker'
      ? null
      : setInterval(
          () => void keys.sweep().catch((err: unknown) => logger.warn({ err }, 'key sweep failed')),
          KEY_SWEEP_MS,
        );
  keySweep?.unref();
  return {
    config,
    logger,
    ds,
    box,
    bus,
    queue,
    worker,
    allowedUrlPrefixes,
    redis,
    metrics,
    services,
    schema,
    async close() {
      if (keySweep) clearInterval(keySweep);
      await bulk.close();
      await sweeper?.stop();
      await retention?.stop();
      await queue.stop();
      await worker?.drain();
      await http.close();
      await bus.close?.();
      await redis?.quit();
      await batcher.close();
      await ds.destroy();
    },
  };
}

/** The token cache, counting the fetches it lets through (odc_token_fetches_total). */
function countedTokens(tokens: TokenCache, metrics: Metrics): TokenCache {
  return {
    get: (key, fetch) =>
      tokens.get(key, (previous) => {
        metrics.tokenFetches.inc();
        return fetch(previous);
      }),
    invalidate: (key, accessToken) => tokens.invalidate(key, accessToken),
  };
}
