import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR, UPDATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { runEnded } from './helpers/runs.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target } from './helpers/target.js';
import { ConnectorVersions1739000000000 } from '../src/db/migrations/connector-versions.js';

const VERSIONS = `query($id: ID!) { connector(id: $id) { version published
  versions { version savedAt savedBy { email } changes { path before after } } } }`;
const DIFF = `query($c: ID!, $f: Int!, $t: Int!) { connectorDiff(connectorId: $c, from: $f, to: $t) {
  path before after } }`;
const RESTORE = `mutation($c: ID!, $v: Int!) { restoreConnectorVersion(connectorId: $c, version: $v) {
  id version published name request { url headers { key value secret } }
  authentication { username hasPasscode } } }`;
const PUBLISH = `mutation($id: ID!) { publishConnector(id: $id) { id published } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishConnector(id: $id) { id } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const RUN_VERSION = `query($id: ID!) { run(id: $id) { connectorVersion } }`;

const SECRETS = ['pass-ONE', 'pass-TWO', 'key-ONE', 'key-TWO'];
const basic = (passcode: string) => `Basic ${Buffer.from(`ann:${passcode}`).toString('base64')}`;

describe.each(DRIVERS)('connector versions (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let id: string;

  /** Version 1: BASIC pass-ONE, secret header key-ONE, pushing to /ok/one. */
  const input = (n: 'ONE' | 'TWO', extra: Record<string, unknown> = {}) =>
    connectorInput({
      name: `Versioned ${n}`,
      roleIds: [org.adminRoleId, org.viewerRoleId],
      authentication: { type: 'BASIC', username: 'ann', passcode: `pass-${n}` },
      request: {
        url: `${target.url}/ok/${n.toLowerCase()}`,
        method: 'POST',
        headers: [
          { key: 'X-Api-Key', value: `key-${n}`, secret: true },
          { key: 'X-Version', value: n },
        ],
        bodyTemplate: '{"id": "{{contact.id}}"}',
      },
      ...extra,
    });

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Versions');
    id = (await org.admin.ok(CREATE_CONNECTOR, { i: input('ONE') })).createConnector.id;
    await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: input('TWO', { delivery: { retryOn: ['409', '5xx'], pauseAfterFailures: 20 } }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('writes a version per save, newest first, with who and what changed', async () => {
    const res = await org.viewer.gql(VERSIONS, { id });
    expect(res.errors).toBeUndefined();
    const c = res.data.connector;
    expect(c.version).toBe(2);
    expect(c.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const [v2, v1] = c.versions;
    expect(v1.changes).toEqual([]);
    expect(v2.savedBy.email).toMatch(/^admin-/);
    expect(Date.parse(v2.savedAt)).toBeGreaterThanOrEqual(Date.parse(v1.savedAt));
    const byPath = Object.fromEntries(
      v2.changes.map((ch: { path: string }) => [ch.path, ch]),
    ) as Record<string, { before: string | null; after: string | null }>;
    expect(byPath['name']).toMatchObject({ before: '"Versioned ONE"', after: '"Versioned TWO"' });
    expect(byPath['request.url']!.after).toBe(JSON.stringify(`${target.url}/ok/two`));
    expect(byPath['request.headers.1.value']).toMatchObject({ before: '"ONE"', after: '"TWO"' });
    expect(byPath['authentication.passcode']).toEqual({
      path: 'authentication.passcode',
      before: '(secret)',
      after: '(secret)',
    });
    expect(byPath['request.headers.0.value']).toMatchObject({
      before: '(secret)',
      after: '(secret)',
    });
    expect(byPath['delivery.pauseAfterFailures']).toMatchObject({ before: 'null', after: '20' });
    expect(byPath['delivery.retryOn.0']).toMatchObject({ before: '"408"', after: '"409"' });
    // Never a secret's value, nor its ciphertext.
    const text = JSON.stringify(res.data);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('compares any two versions either way', async () => {
    const forth = (await org.viewer.ok(DIFF, { c: id, f: 1, t: 2 })).connectorDiff;
    const back = (await org.viewer.ok(DIFF, { c: id, f: 2, t: 1 })).connectorDiff;
    expect(forth.length).toBeGreaterThan(5);
    expect(back.map((ch: { path: string }) => ch.path).sort()).toEqual(
      forth.map((ch: { path: string }) => ch.path).sort(),
    );
    const url = back.find((ch: { path: string }) => ch.path === 'request.url');
    expect(url.after).toBe(JSON.stringify(`${target.url}/ok/one`));
    expect((await org.viewer.ok(DIFF, { c: id, f: 2, t: 2 })).connectorDiff).toEqual([]);
    for (const secret of SECRETS) expect(JSON.stringify(forth)).not.toContain(secret);
  });

  it('answers NOT_FOUND for no such version or connector, FORBIDDEN below READ_ONLY', async () => {
    expect(await org.viewer.code(DIFF, { c: id, f: 1, t: 9 })).toBe('NOT_FOUND');
    expect(await org.admin.code(RESTORE, { c: id, v: 9 })).toBe('NOT_FOUND');
    const other = await makeOrg(new Client(server.url), 'Other');
    expect(await other.admin.code(DIFF, { c: id, f: 1, t: 2 })).toBe('NOT_FOUND');
    expect(await other.admin.code(RESTORE, { c: id, v: 1 })).toBe('NOT_FOUND');
    expect(await org.officer.code(DIFF, { c: id, f: 1, t: 2 })).toBe('FORBIDDEN');
    expect(await org.viewer.code(RESTORE, { c: id, v: 1 })).toBe('FORBIDDEN');
    expect(await org.officer.code(RESTORE, { c: id, v: 1 })).toBe('FORBIDDEN');
  });

  it('keeps versions from users who may push but not see connectors', async () => {
    const pushable = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({ name: 'Officer push', roleIds: [org.officerRoleId] }),
        p: true,
      })
    ).createConnector.id;
    const res = await org.officer.gql(
      `{ pushConnectors(entityType: CONTACT) { id versions { version } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await org.admin.ok(UNPUBLISH, { id: pushable });
  });

  it('restores a version with its secrets as a new version, off; CONFLICT while on', async () => {
    await org.admin.ok(PUBLISH, { id });
    expect(await org.admin.code(RESTORE, { c: id, v: 1 })).toBe('CONFLICT');
    await org.admin.ok(UNPUBLISH, { id });
    const restored = (await org.admin.ok(RESTORE, { c: id, v: 1 })).restoreConnectorVersion;
    expect(restored).toMatchObject({
      version: 3,
      published: false,
      name: 'Versioned ONE',
      request: {
        url: `${target.url}/ok/one`,
        headers: [
          { key: 'X-Api-Key', value: '', secret: true },
          { key: 'X-Version', value: 'ONE', secret: false },
        ],
      },
      authentication: { username: 'ann', hasPasscode: true },
    });
    const c = (await org.admin.ok(VERSIONS, { id })).connector;
    expect(c.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(c.versions[0].savedBy.email).toMatch(/^admin-/);
    // Version 3 undoes version 2, secrets included.
    expect((await org.admin.ok(DIFF, { c: id, f: 1, t: 3 })).connectorDiff).toEqual([]);

    // Published again, a push authenticates with version 1's passcode and secret header.
    await org.admin.ok(PUBLISH, { id });
    const contact = (await org.admin.ok(CONTACT, { i: { firstName: 'Re', lastName: 'Stored' } }))
      .createContact.id;
    const run = (await org.admin.ok(TRIGGER, { c: id, r: contact })).triggerPush.id;
    expect((await runEnded(org.admin, run)).status).toBe('SUCCESS');
    const got = target.received.filter((r) => r.path === '/ok/one').at(-1)!;
    expect(got.headers.authorization).toBe(basic('pass-ONE'));
    expect(got.headers['x-api-key']).toBe('key-ONE');
    expect((await org.admin.ok(RUN_VERSION, { id: run })).run.connectorVersion).toBe(3);
  });

  it('gives connectors saved before versions existed version 1 (the migration)', async () => {
    const legacy = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({ name: 'Legacy', roleIds: [org.adminRoleId] }),
      })
    ).createConnector.id;
    await org.admin.ok(UPDATE_CONNECTOR, {
      id: legacy,
      i: connectorInput({ name: 'Legacy', roleIds: [org.adminRoleId], url: 'https://x.test/2' }),
    });
    // As the database was before the migration, then migrated.
    const migration = new ConnectorVersions1739000000000();
    const runner = server.app.ds.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const c = (await org.admin.ok(VERSIONS, { id: legacy })).connector;
    expect(c.version).toBe(1);
    expect(c.versions).toMatchObject([{ version: 1, savedBy: null, changes: [] }]);
    // Its next save is version 2.
    await org.admin.ok(UPDATE_CONNECTOR, {
      id: legacy,
      i: connectorInput({ name: 'Legacy', roleIds: [org.adminRoleId], url: 'https://x.test/3' }),
    });
    const after = (await org.admin.ok(VERSIONS, { id: legacy })).connector;
    expect(after.versions[0].changes).toEqual([
      { path: 'request.url', before: '"https://x.test/2"', after: '"https://x.test/3"' },
    ]);
  });
});
