import { mkdtempSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorInput } from '../../../test/helpers/fixtures.js';
import { createDataSource } from '../../data-source.js';
import { createMemoryBus } from '../../infra/pubsub/memory.js';
import { createSecretBox } from '../../infra/secrets.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { RoleEntity } from '../identity/role.entity.js';
import type { Viewer } from '../shared/access.js';
import { AppError } from '../shared/errors.js';
import { ConnectorEntity } from './connector.entity.js';
import type { ConnectorInput } from './connector.input.js';
import { ConnectorService } from './connector.service.js';

let ds: DataSource;
let service: ConnectorService;
let viewer: Viewer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odc-connector-service-'));
  ds = createDataSource({ type: 'sqlite', path: join(dir, 'odc.sqlite') });
  await ds.initialize();
  await ds.runMigrations();
  service = new ConnectorService(ds, createSecretBox(randomBytes(32)), createMemoryBus());
  const org = { id: randomUUID(), name: 'Org', storesBirthYear: true, createdAt: new Date() };
  await ds.getRepository(OrganizationEntity).insert(org);
  const role = {
    id: randomUUID(),
    organizationId: org.id,
    name: 'Admin',
    nameKey: 'admin',
    connectorAccess: 'MANAGE' as const,
    createdAt: new Date(),
  };
  await ds.getRepository(RoleEntity).insert(role);
  viewer = { userId: randomUUID(), organizationId: org.id, roleId: role.id, access: 'MANAGE' };
});
afterAll(() => ds.destroy());

const input = (o: Record<string, unknown>) =>
  connectorInput({ roleIds: [viewer.roleId], ...o }) as unknown as ConnectorInput;

async function failure(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('ConnectorService.save (create and update)', () => {
  it('stores a valid connector with its name key and secrets sealed apart from the definition', async () => {
    const saved = await service.create(
      viewer,
      input({
        name: '  Token Push ',
        authentication: { type: 'BASIC', username: 'u', passcode: 's3cret-pass' },
      }),
      false,
    );
    const row = await ds.getRepository(ConnectorEntity).findOneByOrFail({ id: saved.id });
    expect(row.name).toBe('Token Push');
    expect(row.nameKey).toBe('token push');
    expect(row.published).toBe(false);
    expect(JSON.stringify(row.definition)).not.toContain('s3cret-pass');
    expect(row.secrets).not.toBeNull();
    expect(row.secrets).not.toContain('s3cret-pass');
  });

  it('names every bad field under input, unknown roles included, and writes nothing', async () => {
    const before = await ds.getRepository(ConnectorEntity).count();
    const err = await failure(
      service.create(viewer, input({ name: 'Bad', url: 'not a url', roleIds: ['nope'] }), false),
    );
    expect(err.code).toBe('BAD_USER_INPUT');
    const paths = err.fields!.map((f) => f.path);
    expect(paths).toContain('input.request.url');
    expect(paths).toContain('input.roleIds.0');
    expect(await ds.getRepository(ConnectorEntity).count()).toBe(before);
  });

  it('refuses a second connector whose name differs only in case', async () => {
    await service.create(viewer, input({ name: 'Same Name' }), false);
    const err = await failure(service.create(viewer, input({ name: 'SAME name' }), false));
    expect(err.code).toBe('CONFLICT');
  });

  it('keeps the stored delivery policy when an update leaves it out', async () => {
    const delivery = { maxAttempts: 7, timeoutMs: 4000, rateLimitPerMinute: 30 };
    const first = await service.create(viewer, input({ name: 'Policy', delivery }), false);
    const updated = await service.update(viewer, first.id, input({ name: 'Policy' }), false);
    expect(updated.definition.delivery).toMatchObject(delivery);
    expect(updated.definition.delivery).toEqual(first.definition.delivery);
  });
});
