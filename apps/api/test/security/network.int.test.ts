import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { seedDemo } from '../../src/seed.js';
import { Client } from '../helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from '../helpers/fixtures.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../helpers/server.js';
import { Target, waitFor } from '../helpers/target.js';

const TEST = `mutation($c: ID!, $r: ID) { testConnector(id: $c, recordId: $r) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const RUN = `query($id: ID!) { run(id: $id) { status error responseBody requestUrl nextAttemptAt } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const LOGIN = `mutation($e: String!) { login(email: $e, password: "demo-password") { token } }`;
const RUN_STATUS = `subscription { runStatusChanged { id status } }`;

interface Run {
  status: string;
  error: string | null;
  responseBody: string | null;
  requestUrl: string | null;
  nextAttemptAt: string | null;
}

const ended = (client: Client, id: string, label: string): Promise<Run> =>
  waitFor(
    async () => {
      const run = (await client.ok(RUN, { id })).run as Run;
      return run.status === 'SUCCESS' || run.status === 'FAILURE' ? run : null;
    },
    10_000,
    label,
  );

const base = (s: TestServer) => s.url.replace(/\/graphql$/, '');

/** A graphql-transport-ws socket: the messages it got and how it closed. */
class RawSocket {
  readonly messages: { id?: string; type: string; payload?: unknown }[] = [];
  closed: { code: number; reason: string } | null = null;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.messages.push(JSON.parse(String(data))));
    ws.on('close', (code, reason) => (this.closed = { code, reason: String(reason) }));
  }

  /** Connects and sends connection_init; resolves on the ack or the close. */
  static async open(url: string, token: string): Promise<RawSocket> {
    const socket = new RawSocket(new WebSocket(url, 'graphql-transport-ws'));
    await new Promise<void>((resolve, reject) => {
      socket.ws.once('open', resolve);
      socket.ws.once('error', reject);
    });
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    await waitFor(
      () => socket.closed || socket.messages.some((m) => m.type === 'connection_ack'),
      5000,
      'ack or close',
    );
    return socket;
  }

  send(message: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables?: Record<string, unknown>): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The error (or next with errors) answered to one subscription id. */
  async errorsOf(id: string): Promise<{ message: string; extensions?: { code?: string } }[]> {
    const m = await waitFor(
      () => this.messages.find((x) => x.id === id && (x.type === 'error' || x.type === 'next')),
      5000,
      `answer to ${id}`,
    );
    const payload = m.payload as unknown;
    return (Array.isArray(payload) ? payload : ((payload as { errors?: [] }).errors ?? [])) as {
      message: string;
      extensions?: { code?: string };
    }[];
  }

  close(): void {
    this.ws.close();
  }
}

describe.each(DRIVERS)('network and edge safety (%s)', (driver) => {
  let db: TestDatabase;
  let target: Target;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    target = await new Target().start();
  });
  afterAll(async () => {
    await target?.close();
    await db?.drop();
  });

  describe('with the default settings and the demo data on', () => {
    let server: TestServer;
    let org: OrgUsers;
    let contactId: string;

    beforeAll(async () => {
      // The defaults: no ALLOWED_TARGET_HOSTS (an empty variable counts as unset).
      server = await startTestServer({ ...db.env, ALLOWED_TARGET_HOSTS: '', SEED_DEMO: 'true' });
      await seedDemo(server.app, Number(new URL(server.url).port));
      org = await makeOrg(new Client(server.url), 'Guard');
      contactId = (await org.admin.ok(CONTACT, { i: { firstName: 'Lo', lastName: 'Op' } }))
        .createContact.id;
    });
    afterAll(async () => {
      await server?.close();
    });

    const testPush = async (url: string) => {
      const { id } = (
        await org.admin.ok(CREATE_CONNECTOR, {
          i: connectorInput({ name: `To ${url}`.slice(0, 80), roleIds: [org.adminRoleId], url }),
        })
      ).createConnector;
      const run = (await org.admin.ok(TEST, { c: id, r: contactId })).testConnector;
      return ended(org.admin, run.id, `test push to ${url}`);
    };

    it('point 1: a push to a loopback target is refused with a reason and no body', async () => {
      target.received.length = 0;
      const run = await testPush(`${target.url}/ok`);
      expect(run.status).toBe('FAILURE');
      expect(run.error).toMatch(/Target address 127\.0\.0\.1 is loopback/);
      expect(run.error).toMatch(/not on ALLOWED_TARGET_HOSTS/);
      expect(run.responseBody).toBeNull();
      expect(target.received).toHaveLength(0);
    });

    it("point 1: the product's own routes outside /demo/ are refused, also through .. and encoded tricks", async () => {
      const self = base(server);
      const port = new URL(self).port;
      for (const url of [
        `${self}/metrics`,
        `http://localhost:${port}/metrics`,
        `http://[::1]:${port}/metrics`,
        `${self}/demo/../metrics`,
        `${self}/demo/%2e%2e/metrics`,
        `${self}/demo/echo/..%2f..%2fmetrics`,
        `${self}/demo\\..\\metrics`,
        `${self}/demox/echo`,
      ]) {
        const run = await testPush(url);
        expect(run.status, url).toBe('FAILURE');
        expect(run.error, url).toMatch(/not on ALLOWED_TARGET_HOSTS/);
        expect(run.responseBody, url).toBeNull();
      }
      // A URL with credentials in it does not get as far as a push: it is refused on save.
      const creds = `http://user@localhost:${port}/metrics`;
      const fields = await org.admin.fields(CREATE_CONNECTOR, {
        i: connectorInput({ name: 'Creds', roleIds: [org.adminRoleId], url: creds }),
      });
      expect(fields.map((f) => f.path)).toEqual(['input.request.url']);
    });

    it('point 1: the demo connectors still push to the demo echo, matching included', async () => {
      const anon = new Client(server.url);
      const officer = anon.with((await anon.ok(LOGIN, { e: 'officer@demo.test' })).login.token);
      const admin = anon.with((await anon.ok(LOGIN, { e: 'admin@demo.test' })).login.token);
      const menu = await officer.ok(
        `{ pushConnectors(entityType: CONTACT) { id } contacts(pageSize: 1) { items { id } } }`,
      );
      const run = (
        await officer.ok(TRIGGER, { c: menu.pushConnectors[0].id, r: menu.contacts.items[0].id })
      ).triggerPush;
      const done = await ended(officer, run.id, 'demo push');
      expect(done).toMatchObject({ status: 'SUCCESS', error: null });
      expect(done.responseBody).toContain('"ok":true');

      const { connectors } = await admin.ok(`{ connectors { items { id name } } }`);
      const crm = connectors.items.find((c: { name: string }) => c.name === 'CRM Sync');
      const test = (await admin.ok(TEST, { c: crm.id, r: menu.contacts.items[0].id }))
        .testConnector;
      expect(await ended(admin, test.id, 'CRM Sync test')).toMatchObject({
        status: 'SUCCESS',
        error: null,
      });
    });

    it('point 15: the lead source list keeps the newest 1,000 created and refuses long names', async () => {
      const url = `${base(server)}/demo/echo/lead-sources`;
      const post = (name: string) =>
        request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
      const tag = Math.random().toString(36).slice(2, 8);
      for (let i = 0; i < 1050; i++) {
        const res = await post(`Bulk ${tag} ${i}`);
        expect(res.statusCode).toBe(201);
        await res.body.dump();
      }
      const long = await post('x'.repeat(201));
      expect(long.statusCode).toBe(400);
      await long.body.dump();
      const list = (await (await request(url)).body.json()) as { id: string; name: string }[];
      const names = list.map((s) => s.name);
      expect(list.length).toBeLessThanOrEqual(1002);
      expect(names).toContain('Website');
      expect(names).toContain(`Bulk ${tag} 1049`);
      expect(names).not.toContain(`Bulk ${tag} 0`);
      expect(names).not.toContain('x'.repeat(201));
    });
  });

  it('point 15: the demo routes are not mounted while the demo data is off', async () => {
    const server = await startTestServer({ ...db.env, SEED_DEMO: 'false' });
    try {
      for (const [method, path] of [
        ['GET', '/demo/echo/staff'],
        ['GET', '/demo/echo/lead-sources'],
        ['POST', '/demo/echo/lead-sources'],
        ['POST', '/demo/echo'],
      ] as const) {
        const res = await request(`${base(server)}${path}`, {
          method,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: method === 'POST' ? '{"name":"x"}' : undefined,
        });
        expect(res.statusCode, `${method} ${path}`).toBe(404);
        await res.body.dump();
      }
    } finally {
      await server.close();
    }
  });

  describe('GraphQL edges in production', () => {
    let server: TestServer;
    let org: OrgUsers;

    beforeAll(async () => {
      server = await startTestServer({ ...db.env, NODE_ENV: 'production' });
      org = await makeOrg(new Client(server.url), 'Edge');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('point 12: introspection is off over HTTP and over graphql-ws', async () => {
      const introspect = `{ __schema { types { name } } }`;
      expect(await org.admin.code(introspect)).toBe('GRAPHQL_VALIDATION_FAILED');
      const socket = await RawSocket.open(server.wsUrl, org.admin.token as string);
      try {
        socket.subscribe('i', introspect);
        const errors = await socket.errorsOf('i');
        expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      } finally {
        socket.close();
      }
    });

    it('point 12: graphql-ws client errors carry their GraphQL codes and are not logged as server errors', async () => {
      const socket = await RawSocket.open(server.wsUrl, org.admin.token as string);
      try {
        const logsBefore = server.logs.length;
        socket.subscribe('parse', 'subscription {');
        socket.subscribe('valid', 'subscription { noSuchField }');
        socket.subscribe(
          'vars',
          'subscription($c: ID!) { runStatusChanged(connectorId: $c) { id } }',
          {},
        );
        socket.subscribe(
          'vars2',
          'subscription($c: ID) { runStatusChanged(connectorId: $c) { id } }',
          { c: { not: 'an id' } },
        );
        const code = async (id: string) => (await socket.errorsOf(id))[0]?.extensions?.code;
        expect(await code('parse')).toBe('GRAPHQL_PARSE_FAILED');
        expect(await code('valid')).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(await code('vars')).toBe('BAD_USER_INPUT');
        expect(await code('vars2')).toBe('BAD_USER_INPUT');
        const logged = server.logs.slice(logsBefore).join('');
        expect(logged).not.toContain('unexpected GraphQL error');
        expect(logged).not.toContain('"stack"');
      } finally {
        socket.close();
      }
    });

    it('point 12: a socket past 100 subscriptions is closed with 4429', async () => {
      const socket = await RawSocket.open(server.wsUrl, org.admin.token as string);
      for (let i = 0; i < 100; i++) socket.subscribe(`s${i}`, RUN_STATUS);
      // All 100 are live: a 101st closes the socket.
      await new Promise((r) => setTimeout(r, 300));
      expect(socket.closed).toBeNull();
      socket.subscribe('s100', RUN_STATUS);
      const closed = await waitFor(() => socket.closed, 5000, 'socket closed');
      expect(closed.code).toBe(4429);
    });

    it('point 12: a user past 20 sockets is refused with 4429; closing one makes room', async () => {
      const sockets: RawSocket[] = [];
      try {
        for (let i = 0; i < 20; i++)
          sockets.push(await RawSocket.open(server.wsUrl, org.viewer.token as string));
        expect(sockets.every((s) => s.closed === null)).toBe(true);
        const extra = await RawSocket.open(server.wsUrl, org.viewer.token as string);
        const closed = await waitFor(() => extra.closed, 5000, '21st socket closed');
        expect(closed.code).toBe(4429);
        // Another user is not affected.
        const other = await RawSocket.open(server.wsUrl, org.officer.token as string);
        expect(other.closed).toBeNull();
        other.close();
        sockets.shift()?.close();
        await new Promise((r) => setTimeout(r, 200));
        const again = await RawSocket.open(server.wsUrl, org.viewer.token as string);
        expect(again.closed).toBeNull();
        sockets.push(again);
      } finally {
        for (const s of sockets) s.close();
      }
    });

    it('point 13: a persisted-query request answers PERSISTED_QUERY_NOT_SUPPORTED', async () => {
      const persistedQuery = { version: 1, sha256Hash: 'a'.repeat(64) };
      for (const body of [
        { extensions: { persistedQuery } },
        { query: '{ me { id } }', extensions: { persistedQuery } },
      ]) {
        const res = await request(server.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${org.admin.token}`,
          },
          body: JSON.stringify(body),
        });
        const json = (await res.body.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      }
    });

    it('point 13: a search longer than 200 characters is BAD_USER_INPUT naming search', async () => {
      for (const field of ['contacts', 'loans']) {
        const r = await org.admin.gql(`query($s: String) { ${field}(search: $s) { totalCount } }`, {
          s: 'x'.repeat(201),
        });
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('search');
        const ok = await org.admin.ok(`query($s: String) { ${field}(search: $s) { totalCount } }`, {
          s: 'x'.repeat(200),
        });
        expect(ok[field].totalCount).toBe(0);
      }
    });

    it('point 13: % and _ (and the escape character) in a search are literal', async () => {
      for (const firstName of [
        'Pct50%off',
        'Pct50xoff',
        'Low_line',
        'Lowxline',
        'Bang!a',
        'Bangxa',
      ])
        await org.admin.ok(CONTACT, { i: { firstName, lastName: 'Literal' } });
      const found = async (s: string) =>
        (
          await org.admin.ok(`query($s: String) { contacts(search: $s) { items { firstName } } }`, {
            s,
          })
        ).contacts.items.map((c: { firstName: string }) => c.firstName);
      expect(await found('pct50%off')).toEqual(['Pct50%off']);
      expect(await found('low_line')).toEqual(['Low_line']);
      expect(await found('bang!a')).toEqual(['Bang!a']);
      expect(await found('%')).toEqual(['Pct50%off']);
      expect(await found('_')).toEqual(['Low_line']);
    });
  });

  it("point 17: the staff list requests count against the connector's rate limit", async () => {
    const server = await startTestServer(db.env);
    try {
      const org = await makeOrg(new Client(server.url), 'Rate');
      const email = (await org.officer.ok('{ me { email } }')).me.email;
      target.received.length = 0;
      target.lists.set('/staff-rate', [{ id: 's-1', email }]);
      const { id } = (
        await org.admin.ok(CREATE_CONNECTOR, {
          i: connectorInput({
            name: 'Rate limited',
            roleIds: [org.officerRoleId],
            url: `${target.url}/ok`,
            delivery: { maxAttempts: 1, timeoutMs: 5000, rateLimitPerMinute: 2 },
            matching: {
              staff: { listUrl: `${target.url}/staff-rate`, idField: 'id', emailField: 'email' },
            },
          }),
          p: true,
        })
      ).createConnector;
      const contact = async (name: string) =>
        (await org.officer.ok(CONTACT, { i: { firstName: name, lastName: 'Rate' } })).createContact
          .id;
      const first = (await org.officer.ok(TRIGGER, { c: id, r: await contact('One') })).triggerPush;
      expect(await ended(org.officer, first.id, 'first push')).toMatchObject({
        status: 'SUCCESS',
      });
      // The list and the push: the limit of 2 a minute is used up.
      expect(target.received.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /staff-rate',
        'POST /ok',
      ]);
      const second = (await org.officer.ok(TRIGGER, { c: id, r: await contact('Two') }))
        .triggerPush;
      const waiting = await waitFor(
        async () => {
          const run = (await org.officer.ok(RUN, { id: second.id })).run as Run;
          return run.nextAttemptAt || run.status === 'SUCCESS' || run.status === 'FAILURE'
            ? run
            : null;
        },
        10_000,
        'second push waits or ends',
      );
      expect(waiting.status).not.toBe('SUCCESS');
      expect(Date.parse(waiting.nextAttemptAt ?? '')).toBeGreaterThan(Date.now() + 30_000);
      expect(target.received).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe('security headers and /metrics', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await freshDatabase('sqlite');
  });
  afterAll(async () => {
    await db?.drop();
  });

  const headersOf = async (url: string, init: Parameters<typeof request>[1] = {}) => {
    const res = await request(url, init);
    await res.body.dump();
    return { status: res.statusCode, headers: res.headers };
  };

  // The web app's own pages: apps/web/e2e (security headers), which runs the whole app under them.
  it('point 16: the API sends a CSP, nosniff, a referrer policy; no HSTS by default', async () => {
    const server = await startTestServer(db.env);
    try {
      for (const [path, init] of [
        ['/healthz', {}],
        ['/metrics', {}],
        [
          '/graphql',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ __typename }"}',
          },
        ],
      ] as const) {
        const { headers } = await headersOf(`${base(server)}${path}`, init);
        const csp = String(headers['content-security-policy']);
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).toMatch(/connect-src 'self'[^;]* ws:/);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBeTruthy();
        expect(headers['strict-transport-security'], path).toBeUndefined();
      }
    } finally {
      await server.close();
    }
  });

  it('point 16: HSTS only when TRUST_PROXY_TLS=true', async () => {
    const server = await startTestServer({ ...db.env, TRUST_PROXY_TLS: 'true' });
    try {
      const { headers } = await headersOf(`${base(server)}/healthz`);
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await server.close();
    }
  });

  it('point 16: /metrics asks for Authorization: Bearer $METRICS_TOKEN when it is set', async () => {
    const open = await startTestServer(db.env);
    try {
      expect((await headersOf(`${base(open)}/metrics`)).status).toBe(200);
    } finally {
      await open.close();
    }
    const token = 'metrics-token-123456';
    const server = await startTestServer({ ...db.env, METRICS_TOKEN: token });
    try {
      const metrics = `${base(server)}/metrics`;
      expect((await headersOf(metrics)).status).toBe(401);
      for (const authorization of [
        `Bearer ${token}x`,
        `Bearer metrics-token-12345`,
        token,
        'Bearer',
      ])
        expect((await headersOf(metrics, { headers: { authorization } })).status).toBe(401);
      const res = await request(metrics, { headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(200);
      expect(await res.body.text()).toContain('odc_runs');
    } finally {
      await server.close();
    }
  });
});
