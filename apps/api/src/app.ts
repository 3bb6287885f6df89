import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { createDataSource } from './db/data-source.js';
import { createMemoryBus } from './infra/pubsub/memory.js';
import type { EventBus } from './infra/pubsub/pubsub.js';
import { InProcessQueue } from './infra/queue/in-process.js';
import type { RunQueue } from './infra/queue/queue.js';
import { createSecretBox, type SecretBox } from './infra/secrets.js';
import type { Logger } from './logger.js';
import { ConnectorService } from './modules/connectors/connector.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
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
  services: Services;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
  const ds = createDataSource(config.database);
  await ds.initialize();
  const box = createSecretBox(config.encryptionKey);
  const bus = createMemoryBus();
  const queue = new InProcessQueue(config.workerConcurrency, logger);
  const identity = new IdentityService(ds, config.jwtSecret);
  const connectors = new ConnectorService(ds, box, bus);
  const services: Services = { box, identity, connectors };
  const schema = await createSchema(bus);
  return {
    config,
    logger,
    ds,
    box,
    bus,
    queue,
    services,
    schema,
    async close() {
      await queue.stop();
      await bus.close?.();
      await ds.destroy();
    },
  };
}
