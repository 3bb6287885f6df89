import { storedDefinition } from '../../../test/helpers/fixtures.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../data-source.js';
import { createLogger } from '../../logger.js';
import { createMemoryBus } from '../../infra/pubsub/memory.js';
import { connectorChanged } from '../connectors/connector.events.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { LastRunWriter } from './last-run.js';

let ds: DataSource;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odc-last-run-'));
  ds = createDataSource({ type: 'sqlite', path: join(dir, 'odc.sqlite') } as never);
  await ds.initialize();
});
afterAll(() => ds.destroy());

async function connector(): Promise<ConnectorEntity> {
  const org = await ds.getRepository(OrganizationEntity).save(
    ds.getRepository(OrganizationEntity).create({
      id: crypto.randomUUID(),
      name: 'Org',
      storesBirthYear: true,
      createdAt: new Date(),
    } as Partial<OrganizationEntity>),
  );
  return ds.getRepository(ConnectorEntity).save({
    id: crypto.randomUUID(),
    organizationId: org.id,
    name: 'C',
    nameKey: 'c',
    entityType: 'CONTACT',
    automationTriggers: [],
    roleIds: [],
    definition: storedDefinition(),
    secrets: null,
    published: true,
    lastRunAt: null,
    lastRunStatus: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
}

describe('LastRunWriter', () => {
  it('writes the first mark at once and a burst of later ones as one write of the latest', async () => {
    const bus = createMemoryBus();
    const writes: unknown[] = [];
    const events = bus.listen(connectorChanged);
    const collecting = (async () => {
      for (let e = await events.next(); !e.done; e = await events.next()) writes.push(e.value);
    })();
    const writer = new LastRunWriter(ds, bus, createLogger('silent'));
    const c = await connector();
    const t0 = Date.now();
    await writer.mark(c, 'SUCCESS', new Date(t0));
    const row = () => ds.getRepository(ConnectorEntity).findOneByOrFail({ id: c.id });
    expect((await row()).lastRunStatus).toBe('SUCCESS');
    for (let i = 1; i <= 20; i++)
      await writer.mark(c, i % 2 ? 'FAILURE' : 'SUCCESS', new Date(t0 + i));
    // An older mark arriving late never replaces a newer one.
    await writer.mark(c, 'SUCCESS', new Date(t0 + 5));
    await writer.drain();
    const last = await row();
    expect(last.lastRunAt?.getTime()).toBe(t0 + 20);
    expect(last.lastRunStatus).toBe('SUCCESS');
    await new Promise((r) => setTimeout(r, 20));
    expect(writes).toHaveLength(2); // the first mark, then the latest of the burst
    await events.return?.();
    await collecting;
  });
});
