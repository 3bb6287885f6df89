import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR, UPDATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';

const LIST = `query($p: Int!, $s: Int) { connectors(page: $p, pageSize: $s) { items { name } page pageSize totalCount pageCount } }`;

describe.each(DRIVERS)('connectors (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let org: OrgUsers;
  const roles = () => [org.officerRoleId];

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    org = await makeOrg(new Client(server.url), 'Conn');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('creates with defaults and lists alphabetically, nine a page, case-insensitive', async () => {
    const created = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'zeta', roleIds: roles() }),
    });
    expect(created.createConnector).toMatchObject({
      name: 'zeta',
      published: false,
      lastRunAt: null,
      lastRunStatus: null,
      delivery: { maxAttempts: 5, timeoutMs: 10000, rateLimitPerMinute: null },
      roles: [{ id: org.officerRoleId }],
    });
    for (const name of [
      'Alpha',
      'beta',
      'Gamma',
      'delta',
      'Epsilon',
      'eta',
      'Theta',
      'iota',
      'Kappa',
      'lambda',
    ]) {
      await org.admin.ok(CREATE_CONNECTOR, { i: connectorInput({ name, roleIds: roles() }) });
    }
    const p1 = await org.viewer.ok(LIST, { p: 1 });
    expect(p1.connectors).toMatchObject({ page: 1, pageSize: 9, totalCount: 11, pageCount: 2 });
    expect(p1.connectors.items.map((c: { name: string }) => c.name)).toEqual([
      'Alpha',
      'beta',
      'delta',
      'Epsilon',
      'eta',
      'Gamma',
      'iota',
      'Kappa',
      'lambda',
    ]);
    const p2 = await org.admin.ok(LIST, { p: 2 });
    expect(p2.connectors.items.map((c: { name: string }) => c.name)).toEqual(['Theta', 'zeta']);
    const r = await org.admin.gql(LIST, { p: 0, s: 101 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses duplicate names case-insensitively', async () => {
    const r = await org.admin.gql(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'ALPHA', roleIds: roles() }),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reports every validation rule as BAD_USER_INPUT with input paths, writing nothing', async () => {
    const before = (await org.admin.ok(LIST, { p: 1 })).connectors.totalCount;
    const bad = connectorInput({
      name: ' ',
      roleIds: [],
      authentication: { type: 'BASIC', username: 'u' },
      request: {
        url: 'ftp://x',
        method: 'POST',
        headers: [{ key: ' ', value: '' }],
        bodyTemplate: '{"a": "{{contact.nope}}"',
      },
      successCriteria: [],
      delivery: { maxAttempts: 21, timeoutMs: 999, rateLimitPerMinute: 0 },
    });
    const r = await org.admin.gql(CREATE_CONNECTOR, { i: bad });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = r.errors?.[0]?.extensions?.fields?.map((f) => f.path) ?? [];
    for (const p of [
      'input.name',
      'input.roleIds',
      'input.authentication.passcode',
      'input.request.url',
      'input.request.headers.0.key',
      'input.request.headers.0.value',
      'input.request.bodyTemplate',
      'input.successCriteria',
      'input.delivery.maxAttempts',
      'input.delivery.timeoutMs',
      'input.delivery.rateLimitPerMinute',
    ]) {
      expect(paths).toContain(p);
    }
    const foreign = await org.admin.gql(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Roles', roleIds: ['nope'] }),
    });
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.roleIds.0', message: expect.any(String) },
    ]);
    const token = await org.admin.gql(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Tok', roleIds: roles(), authentication: { type: 'TOKEN' } }),
    });
    expect(token.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.authentication.tokenUrl',
      'input.authentication.tokenRequestBody',
      'input.authentication.accessTokenName',
    ]);
    expect((await org.admin.ok(LIST, { p: 1 })).connectors.totalCount).toBe(before);
  });

  it('never returns secrets; tokenRequestBody only to MANAGE; null keeps, empty clears', async () => {
    const basic = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Basic',
        roleIds: roles(),
        authentication: { type: 'BASIC', username: 'u', passcode: 'pass-SECRET-1' },
      }),
    });
    const c = basic.createConnector;
    expect(c.authentication).toMatchObject({
      type: 'BASIC',
      username: 'u',
      hasPasscode: true,
      hasClientSecret: false,
    });
    expect(JSON.stringify(basic)).not.toContain('pass-SECRET-1');
    const kept = await org.admin.ok(UPDATE_CONNECTOR, {
      id: c.id,
      i: connectorInput({
        name: 'Basic',
        roleIds: roles(),
        authentication: { type: 'BASIC', username: 'u2', passcode: null },
      }),
    });
    expect(kept.updateConnector.authentication).toMatchObject({
      username: 'u2',
      hasPasscode: true,
    });
    const cleared = await org.admin.gql(UPDATE_CONNECTOR, {
      id: c.id,
      i: connectorInput({
        name: 'Basic',
        roleIds: roles(),
        authentication: { type: 'BASIC', username: 'u2', passcode: '' },
      }),
    });
    expect(cleared.errors?.[0]?.extensions?.fields?.[0]?.path).toBe(
      'input.authentication.passcode',
    );
    const tokenAuth = {
      type: 'TOKEN',
      tokenUrl: 'http://127.0.0.1:9/t',
      tokenRequestBody: '{"key":"tok-SECRET-2"}',
      accessTokenName: 'data.token',
    };
    const tok = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Token', roleIds: roles(), authentication: tokenAuth }),
    });
    expect(tok.createConnector.authentication).toMatchObject({
      tokenRequestBody: '{"key":"tok-SECRET-2"}',
      tokenExpirationSeconds: 1800,
    });
    const q = `query($id: ID!) { connector(id: $id) { authentication { tokenRequestBody hasPasscode } } }`;
    const asViewer = await org.viewer.ok(q, { id: tok.createConnector.id });
    expect(asViewer.connector.authentication.tokenRequestBody).toBeNull();
    const rows = await server.app.ds.query('SELECT * FROM connector');
    expect(JSON.stringify(rows)).not.toMatch(/SECRET/);
    expect(server.logs.join('')).not.toMatch(/SECRET/);
  });

  it('publishes, refuses edits while published, unpublishes', async () => {
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Pub', roleIds: roles() }),
      p: true,
    });
    const id = made.createConnector.id;
    expect(made.createConnector.published).toBe(true);
    const edit = await org.admin.gql(UPDATE_CONNECTOR, {
      id,
      i: connectorInput({ name: 'Pub 2', roleIds: roles() }),
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const off = await org.admin.ok(
      `mutation($id: ID!) { unpublishConnector(id: $id) { published } }`,
      { id },
    );
    expect(off.unpublishConnector.published).toBe(false);
    const ok = await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: connectorInput({ name: 'Pub 2', roleIds: roles() }),
      p: true,
    });
    expect(ok.updateConnector).toMatchObject({ name: 'Pub 2', published: true });
    const on = await org.admin.ok(
      `mutation($id: ID!) { publishConnector(id: $id) { published } }`,
      { id },
    );
    expect(on.publishConnector.published).toBe(true);
  });

  it('keeps the stored delivery policy on an update without one; a given one replaces it', async () => {
    const policy = { maxAttempts: 3, timeoutMs: 2500, rateLimitPerMinute: 30 };
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Paced', roleIds: roles(), delivery: policy }),
    });
    const id = made.createConnector.id;
    expect(made.createConnector.delivery).toEqual(policy);
    const kept = await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: connectorInput({ name: 'Paced', roleIds: roles() }),
    });
    expect(kept.updateConnector.delivery).toEqual(policy);
    const changed = await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: connectorInput({
        name: 'Paced',
        roleIds: roles(),
        delivery: { maxAttempts: 2, rateLimitPerMinute: null },
      }),
    });
    expect(changed.updateConnector.delivery).toEqual({
      maxAttempts: 2,
      timeoutMs: 10000,
      rateLimitPerMinute: null,
    });
  });

  it('applies the role matrix to connector queries and mutations', async () => {
    const id =
      (await org.admin.ok(LIST, { p: 1 })).connectors.items.length &&
      (await org.admin.ok(`{ connectors { items { id } } }`)).connectors.items[0].id;
    const q = `query($id: ID!) { connector(id: $id) { id } }`;
    expect(await org.officer.code(LIST, { p: 1 })).toBe('FORBIDDEN');
    expect(await org.officer.code(q, { id })).toBe('FORBIDDEN');
    expect((await org.viewer.ok(q, { id })).connector.id).toBe(id);
    for (const c of [org.viewer, org.officer]) {
      expect(
        await c.code(CREATE_CONNECTOR, { i: connectorInput({ name: 'No', roleIds: roles() }) }),
      ).toBe('FORBIDDEN');
      expect(
        await c.code(UPDATE_CONNECTOR, { id, i: connectorInput({ name: 'No', roleIds: roles() }) }),
      ).toBe('FORBIDDEN');
      expect(await c.code(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, { id })).toBe(
        'FORBIDDEN',
      );
      expect(
        await c.code(`mutation($id: ID!) { unpublishConnector(id: $id) { id } }`, { id }),
      ).toBe('FORBIDDEN');
    }
    const push = await org.officer.ok(`{ pushConnectors(entityType: CONTACT) { name } }`);
    expect(push.pushConnectors.map((c: { name: string }) => c.name)).toEqual(['Pub 2']);
    expect(
      (await org.viewer.ok(`{ pushConnectors(entityType: CONTACT) { name } }`)).pushConnectors,
    ).toEqual([]);
  });

  it('keeps organizations apart', async () => {
    const other = await makeOrg(new Client(server.url), 'Else');
    const mine = (await org.admin.ok(`{ connectors { items { id } } }`)).connectors.items[0].id;
    expect((await other.admin.ok(`{ connectors { totalCount } }`)).connectors.totalCount).toBe(0);
    expect(
      (await other.admin.ok(`query($id: ID!) { connector(id: $id) { id } }`, { id: mine }))
        .connector,
    ).toBeNull();
    expect(
      await other.admin.code(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, {
        id: mine,
      }),
    ).toBe('NOT_FOUND');
    expect(
      await other.admin.code(UPDATE_CONNECTOR, {
        id: mine,
        i: connectorInput({ name: 'X', roleIds: [other.adminRoleId] }),
      }),
    ).toBe('NOT_FOUND');
    const foreignRole = await other.admin.gql(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'X', roleIds: [org.adminRoleId] }),
    });
    expect(foreignRole.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
