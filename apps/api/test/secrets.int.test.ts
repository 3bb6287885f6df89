import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, AuthTarget, OAUTH_TOKEN } from './helpers/auth-target.js';
import { Client } from './helpers/client.js';
import { CONNECTOR_FIELDS, connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { waitFor } from './helpers/target.js';
import { subscribe, type Subscription } from './helpers/ws.js';

const PASSCODE = 'pass-SECRET-basic';
const CLIENT_SECRET = 'client-SECRET-oauth';
const TOKEN_BODY = '{"key":"body-SECRET-token"}';
const BASIC = Buffer.from(`user:${PASSCODE}`).toString('base64');
/** Every secret carries SECRET; the Basic header is base64. */
const LEAK = new RegExp(`SECRET|${BASIC}`);

const RUN_FIELDS = `id status trigger recordId attempts requestMethod requestUrl requestBody
  responseStatus responseBody error durationMs createdAt finishedAt initiatedBy { id }
  attemptLog { number outcome requestMethod requestUrl requestBody responseStatus responseBody error }
  connector { ${CONNECTOR_FIELDS} }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const RUN = `query($id: ID!) { run(id: $id) { ${RUN_FIELDS} } }`;

/** The JSON with MANAGE's own tokenRequestBody taken out: what must hold no secret at all. */
const withoutTokenBody = (value: unknown) =>
  JSON.stringify(value).split(JSON.stringify(TOKEN_BODY)).join('null');

describe.each(DRIVERS)('secrets (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: AuthTarget;
  let org: OrgUsers;
  const ids: Record<string, string> = {};
  const runs: Record<string, string> = {};

  const publish = async (name: string, path: string, authentication: Record<string, unknown>) => {
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name,
        roleIds: [org.officerRoleId, org.adminRoleId],
        url: `${target.url}${path}`,
        authentication,
      }),
      p: true,
    });
    ids[name] = made.createConnector.id;
  };

  const finished = (id: string, status: string, label: string) =>
    waitFor(
      async () => (await org.admin.ok(RUN, { id })).run.status === status,
      10_000,
      `${label} run`,
    );

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer({ ...db.env, LOG_LEVEL: 'debug' });
    target = await new AuthTarget(TOKEN_BODY, CLIENT_SECRET).start();
    org = await makeOrg(new Client(server.url), 'Sec');
    await publish('basic', '/open', { type: 'BASIC', username: 'user', passcode: PASSCODE });
    const token = { type: 'TOKEN', tokenRequestBody: TOKEN_BODY, accessTokenName: 'data.token' };
    await publish('token', '/hook', { ...token, tokenUrl: `${target.url}/token` });
    await publish('oauth', '/hook', {
      type: 'OAUTH2_CLIENT_CREDENTIALS',
      tokenUrl: `${target.url}/oauth`,
      clientId: 'cid',
      clientSecret: CLIENT_SECRET,
      scopes: 'push',
    });
    const contact = (
      await org.officer.ok(
        `mutation { createContact(input: {firstName: "S", lastName: "T"}) { id } }`,
      )
    ).createContact.id;
    for (const name of Object.keys(ids))
      runs[name] = (await org.officer.ok(TRIGGER, { c: ids[name], r: contact })).triggerPush.id;
    for (const [name, id] of Object.entries(runs)) await finished(id, 'SUCCESS', name);
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('sends every secret where it belongs', () => {
    const got = (path: string) => target.received.filter((r) => r.path === path);
    expect(got('/token').map((r) => r.body)).toContain(TOKEN_BODY);
    expect(new URLSearchParams(got('/oauth')[0]?.body).get('client_secret')).toBe(CLIENT_SECRET);
    expect(got('/open')[0]?.authorization).toBe(`Basic ${BASIC}`);
    expect(got('/hook').map((r) => r.authorization)).toEqual(
      expect.arrayContaining([`Bearer ${ACCESS_TOKEN}`, `Bearer ${OAUTH_TOKEN}`]),
    );
  });

  it('returns no secret to anyone; tokenRequestBody to MANAGE only', async () => {
    const pages = `{ connectors(pageSize: 100) { items { ${CONNECTOR_FIELDS} runs { items { ${RUN_FIELDS} } } } } }`;
    const shared = `{ pushConnectors(entityType: CONTACT) { ${CONNECTOR_FIELDS} }
      runs(pageSize: 100) { items { ${RUN_FIELDS} } } }`;
    const admin = [await org.admin.ok(pages), await org.admin.ok(shared)];
    const tokenView = admin[0].connectors.items.find((c: { id: string }) => c.id === ids.token);
    expect(tokenView.authentication).toMatchObject({
      tokenRequestBody: TOKEN_BODY,
      hasPasscode: false,
    });
    const oauthView = admin[0].connectors.items.find((c: { id: string }) => c.id === ids.oauth);
    expect(oauthView.authentication).toMatchObject({ hasClientSecret: true, clientId: 'cid' });
    expect(withoutTokenBody(admin)).not.toMatch(LEAK);
    const viewer = [await org.viewer.ok(pages), await org.viewer.ok(shared)];
    const officer = [await org.officer.ok(shared)];
    for (const id of Object.values(runs)) officer.push(await org.officer.ok(RUN, { id }));
    expect(officer.at(-1).run).not.toBeNull();
    expect(JSON.stringify([viewer, officer])).not.toMatch(LEAK);
  });

  it('sends no secret over graphql-ws', async () => {
    const fields = `subscription { connectorChanged { ${CONNECTOR_FIELDS} } }`;
    const runFields = `subscription { runStatusChanged { ${RUN_FIELDS} } }`;
    const subs = [
      await subscribe(server.wsUrl, org.viewer.token, fields),
      await subscribe(server.wsUrl, org.officer.token, fields),
      await subscribe(server.wsUrl, org.viewer.token, runFields),
      await subscribe(server.wsUrl, org.officer.token, runFields),
    ];
    const admin = await subscribe(server.wsUrl, org.admin.token, fields);
    const contact = (
      await org.officer.ok(
        `mutation { createContact(input: {firstName: "W", lastName: "S"}) { id } }`,
      )
    ).createContact.id;
    for (const name of ['token', 'oauth', 'basic'])
      await org.officer.ok(TRIGGER, { c: ids[name], r: contact });
    await org.admin.ok(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, {
      id: ids.token,
    });
    await waitFor(() => admin.events.length > 0, 10_000, 'admin event');
    for (const s of subs) await waitFor(() => s.events.length > 0, 10_000, 'event');
    const successes = (s: Subscription<Record<string, unknown>> | undefined) =>
      s?.events.filter((e) => (e.runStatusChanged as { status: string }).status === 'SUCCESS');
    await waitFor(() => successes(subs[3])?.length === 3, 10_000, 'three finished runs');
    expect(JSON.stringify(admin.events)).toContain(JSON.stringify(TOKEN_BODY));
    expect(JSON.stringify(subs.map((s) => [s.events, s.errors]))).not.toMatch(LEAK);
    for (const s of [...subs, admin]) await s.close();
  });

  it('keeps no secret in plain text in the database or the logs', async () => {
    const ds = server.app.ds;
    // An unexpected error while saving a passcode: logged, and the log line holds no secret.
    await ds.query('ALTER TABLE connector RENAME TO connector_away');
    try {
      const r = await org.admin.gql(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Logged',
          roleIds: [org.officerRoleId],
          authentication: { type: 'BASIC', username: 'user', passcode: PASSCODE },
        }),
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await ds.query('ALTER TABLE connector_away RENAME TO connector');
    }
    expect(server.logs.join('')).toMatch(/unexpected GraphQL error/);
    const tables: string[] = (
      driver === 'sqlite'
        ? await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
        : await ds.query('SHOW TABLES')
    ).map((row: Record<string, string>) => Object.values(row)[0]);
    expect(tables).toEqual(expect.arrayContaining(['connector', 'push_run', 'push_attempt']));
    for (const table of tables) {
      const rows = await ds.query(`SELECT * FROM ${table}`);
      expect(JSON.stringify(rows), table).not.toMatch(LEAK);
    }
    if (driver === 'sqlite') {
      const dir = db.env.DATA_DIR as string;
      const files = readdirSync(dir).filter((f) => f.startsWith('odc.sqlite'));
      expect(files).toContain('odc.sqlite');
      for (const f of files)
        expect(readFileSync(join(dir, f)).toString('latin1'), f).not.toMatch(LEAK);
    }
    expect(server.logs.join('')).not.toMatch(LEAK);
  });

  // A token endpoint that quotes the request back: its answer lands in the run's error, secret
  // and all (core auth/token-request.ts excerpt). Drop `.fails` once the excerpt is redacted.
  it('keeps a token endpoint echo of the secret out of run errors', async () => {
    await publish('echo', '/hook', {
      type: 'TOKEN',
      tokenUrl: `${target.url}/token-echo`,
      tokenRequestBody: TOKEN_BODY,
      accessTokenName: 'data.token',
    });
    const contact = (
      await org.officer.ok(
        `mutation { createContact(input: {firstName: "E", lastName: "C"}) { id } }`,
      )
    ).createContact.id;
    const id = (await org.officer.ok(TRIGGER, { c: ids.echo, r: contact })).triggerPush.id;
    await finished(id, 'FAILURE', 'echo');
    const run = (await org.officer.ok(RUN, { id })).run;
    expect(run.error).toMatch(/token request/);
    expect(JSON.stringify(run)).not.toMatch(LEAK);
  });
});
