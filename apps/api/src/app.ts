import 'reflect-metadata';
import { createHttpClient, createRateLimiter, createTokenCache, type HttpClient } from '@odc/core';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { createDataSource } from './db/data-source.js';
import { createMemoryBus } from './infra/pubsub/memory.js';
import type { EventBus } from './infra/pubsub/pubsub.js';
import { createRedisBus } from './infra/pubsub/redis.js';
import { BullMqQueue } from './infra/queue/bullmq.js';
import { InProcessQueue } from './infra/queue/in-process.js';
import type { RunQueue } from './infra/queue/queue.js';
import { createSecretBox, type SecretBox } from './infra/secrets.js';
import type { Logger } from './logger.js';
import { ConnectorService } from './modules/connectors/connector.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { ContactService } from './modules/records/contact.service.js';
import { CustomFieldService } from './modules/records/custom-field.service.js';
import { LoanService } from './modules/records/loan.service.js';
import { Dispatcher } from './modules/runs/dispatcher.js';
import { RunService } from './modules/runs/run.service.js';
import { RunWorker } from './modules/runs/worker.js';
import type { Services } from './modules/shared/services.js';
import { createSchema } from './schema.js';

/** Everything the server needs, wired once: data source, services, queue, bus, schema. */
export interface App {
  config: Config;
  logger: Logger;
  ds: DataSource;
  box: SecretBox;
  bus: EventBus;
  queue: RunQueue;
  worker: RunWorker;
  services: Services;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

export interface AppOptions {
  /** false: only serve (no worker); default true. */
  worker?: boolean;
}

export async function createApp(
  config: Config,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const ds = createDataSource(config.database);
  await ds.initialize();
  const box = createSecretBox(config.encryptionKey);
  const bus = config.redisUrl ? createRedisBus(config.redisUrl) : createMemoryBus();
  const queue: RunQueue = config.redisUrl
    ? new BullMqQueue(config.redisUrl, config.workerConcurrency, logger)
    : new InProcessQueue(config.workerConcurrency, logger);
  const http: HttpClient = createHttpClient({ allowedTargets: config.allowedTargetHosts });
  const deps = { http, tokens: createTokenCache(), rateLimiter: createRateLimiter() };
  const dispatcher = new Dispatcher(queue, bus, logger);
  const customFields = new CustomFieldService(ds);
  const connectors = new ConnectorService(ds, box, bus);
  const services: Services = {
    box,
    identity: new IdentityService(ds, config.jwtSecret),
    connectors,
    customFields,
    contacts: new ContactService(ds, customFields, dispatcher),
    loans: new LoanService(ds, customFields, dispatcher),
    runs: new RunService(ds, connectors, customFields, dispatcher),
  };
  const worker = new RunWorker(ds, box, bus, queue, deps, logger, connectors, dispatcher);
  const schema = await createSchema(bus);
  if (options.worker !== false) {
    queue.start((runId) => worker.process(runId));
    const recovered = await worker.recover();
    if (recovered > 0) logger.info({ recovered }, 'queued unfinished runs again');
  }
  return {
    config,
    logger,
    ds,
    box,
    bus,
    queue,
    worker,
    services,
    schema,
    async close() {
      await queue.stop();
      await http.close();
      await bus.close?.();
      await ds.destroy();
    },
  };
}
