import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from './helpers/processes.js';
import { runEnded } from './helpers/runs.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';
import { subscribe } from './helpers/ws.js';

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const TEST = `mutation($id: ID!) { testConnector(id: $id) { id } }`;
const RUN = `query($id: ID!) { run(id: $id) { status attempts error responseStatus } }`;
const STATE = `query($id: ID!) { connector(id: $id) { published pausedReason
  delivery { retryOn pauseAfterFailures } } }`;
const PUBLISH = `mutation($id: ID!) { publishConnector(id: $id) { published pausedReason } }`;
const COUNT = `{ connectors(page: 1, pageSize: 100) { totalCount } }`;

describe.each(DRIVERS)('delivery rules (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let contact: string;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    for (const status of [409, 500, 404])
      target.replies.set(`/s${status}`, { status, type: 'text/plain', body: `answer ${status}` });
    org = await makeOrg(new Client(server.url), 'Rules');
    contact = (await org.admin.ok(CONTACT, { i: { firstName: 'Del', lastName: 'Ivery' } }))
      .createContact.id;
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  const connector = async (name: string, path: string, delivery: Record<string, unknown>) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: [org.adminRoleId],
          url: `${target.url}${path}`,
          delivery,
        }),
        p: true,
      })
    ).createConnector.id as string;

  const push = async (connectorId: string) => {
    const { id } = (await org.admin.ok(TRIGGER, { c: connectorId, r: contact })).triggerPush;
    await runEnded(org.admin, id, 'run ends');
    return (await org.admin.ok(RUN, { id })).run;
  };

  it('checks retryOn and pauseAfterFailures, naming the field; nothing written', async () => {
    const before = (await org.admin.ok(COUNT)).connectors.totalCount;
    const fields = await org.admin.fields(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Bad rules',
        roleIds: [org.adminRoleId],
        delivery: { retryOn: ['600', '4xx', 'abc', '40'], pauseAfterFailures: 1001 },
      }),
    });
    expect(fields.map((f) => f.path)).toEqual([
      'input.delivery.retryOn.0',
      'input.delivery.retryOn.2',
      'input.delivery.retryOn.3',
      'input.delivery.pauseAfterFailures',
    ]);
    expect(fields[0]!.message).toMatch(/100 to 599.*1xx to 5xx/);
    expect(fields[3]!.message).toBe(
      'Pause after failures must be between 1 and 1000 failed pushes in a row',
    );
    expect((await org.admin.ok(COUNT)).connectors.totalCount).toBe(before);
  });

  it('retries what retryOn names and no other status; the default 408, 429, 5xx', async () => {
    const only409 = await connector('Retry 409', '/s409', { maxAttempts: 2, retryOn: ['409'] });
    const at = (path: string) =>
      connector(`To ${path} ${Math.random()}`, path, { maxAttempts: 2, retryOn: ['409'] });
    const dflt = (path: string) => connector(`Default ${path}`, path, { maxAttempts: 2 });
    expect((await org.admin.ok(STATE, { id: only409 })).connector.delivery).toEqual({
      retryOn: ['409'],
      pauseAfterFailures: null,
    });
    const cases: [Promise<string>, number, number][] = [
      [Promise.resolve(only409), 409, 2],
      [at('/s500'), 500, 1],
      [at('/s404'), 404, 1],
      [dflt('/s409'), 409, 1],
      [dflt('/s500'), 500, 2],
      [dflt('/s404'), 404, 1],
    ];
    const runs = await Promise.all(cases.map(async ([id]) => push(await id)));
    runs.forEach((run, i) => {
      const [, status, attempts] = cases[i]!;
      expect(run).toMatchObject({ status: 'FAILURE', responseStatus: status, attempts });
    });
    expect(runs[0]!.error).toMatch(/gave up after 2 attempts/);
    const dfltState = (await org.admin.ok(STATE, { id: await cases[4]![0] })).connector;
    expect(dfltState.delivery.retryOn).toEqual(['408', '429', '5xx']);
  });

  it('turns a connector off after N failures in a row; a success resets the count', async () => {
    target.replies.set('/flip', { status: 500, type: 'text/plain', body: 'down' });
    const id = await connector('Pausing', '/flip', { maxAttempts: 1, pauseAfterFailures: 3 });
    const live = await subscribe<{ connectorChanged: { id: string; pausedReason: string | null } }>(
      server.wsUrl,
      org.admin.token,
      `subscription { connectorChanged { id published pausedReason } }`,
    );
    try {
      expect((await push(id)).status).toBe('FAILURE');
      expect((await push(id)).status).toBe('FAILURE');
      // Test pushes are aside: this one neither counts nor resets.
      const test = (await org.admin.ok(TEST, { id })).testConnector.id;
      expect((await runEnded(org.admin, test)).status).toBe('FAILURE');
      target.replies.delete('/flip');
      expect((await push(id)).status).toBe('SUCCESS');
      target.replies.set('/flip', { status: 500, type: 'text/plain', body: 'down' });
      expect((await push(id)).status).toBe('FAILURE');
      expect((await push(id)).status).toBe('FAILURE');
      // Four failures since the first, but two since the success: still on.
      expect((await org.admin.ok(STATE, { id })).connector).toMatchObject({
        published: true,
        pausedReason: null,
      });
      expect((await push(id)).status).toBe('FAILURE');
      const reason = 'Turned off after 3 failed pushes in a row; the last: HTTP 500';
      expect((await org.admin.ok(STATE, { id })).connector).toMatchObject({
        published: false,
        pausedReason: reason,
      });
      await waitFor(
        () =>
          live.events.some(
            (e) => e.connectorChanged.id === id && e.connectorChanged.pausedReason === reason,
          ),
        5_000,
        'the pause told live',
      );
    } finally {
      await live.close();
    }
    // Published again: the reason and the count are cleared.
    expect((await org.admin.ok(PUBLISH, { id })).publishConnector).toEqual({
      published: true,
      pausedReason: null,
    });
    expect((await push(id)).status).toBe('FAILURE');
    expect((await org.admin.ok(STATE, { id })).connector.published).toBe(true);
  });

  it('never pauses without pauseAfterFailures', async () => {
    const id = await connector('Never pauses', '/s500', { maxAttempts: 1 });
    for (let i = 0; i < 4; i++) expect((await push(id)).status).toBe('FAILURE');
    expect((await org.admin.ok(STATE, { id })).connector).toMatchObject({
      published: true,
      pausedReason: null,
    });
  });
});

// Two worker processes on MariaDB + Redis (BullMQ) finishing failed runs at the same time.
const ready = Boolean(process.env.MYSQL_URL && process.env.REDIS_URL);

/** A target that holds every request until released, then answers each 500. */
class HeldTarget {
  readonly held: (() => void)[] = [];
  private open = false;
  private readonly server = createServer((req, res) => {
    req.resume();
    const answer = () => res.writeHead(500).end('down');
    if (this.open) answer();
    else this.held.push(answer);
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  release(): void {
    this.open = true;
    for (const answer of this.held.splice(0)) answer();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe.skipIf(!ready)('automatic pause across two worker processes', () => {
  let db: TestDatabase;
  let target: HeldTarget;
  const procs: ApiProcess[] = [];

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    target = await new HeldTarget().start();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await target?.close();
    await db?.drop();
  });

  it('counts every final failure once and pauses once', async () => {
    const env = { ...deploymentEnv(db.env), WORKER_CONCURRENCY: '8' };
    const api = await startProcess('api', env);
    procs.push(api);
    for (let i = 0; i < 2; i++) procs.push(await startProcess('worker', env));
    const org = await makeOrg(new Client(`${api.base}/graphql`), 'Pause');
    const id = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Down',
          roleIds: [org.adminRoleId],
          url: `${target.url}/down`,
          delivery: { maxAttempts: 1, pauseAfterFailures: 10 },
        }),
        p: true,
      })
    ).createConnector.id as string;
    const runs: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = (await org.admin.ok(CONTACT, { i: { firstName: `P${i}`, lastName: 'Down' } }))
        .createContact.id;
      runs.push((await org.admin.ok(TRIGGER, { c: id, r })).triggerPush.id);
    }
    // More pushes in flight than one worker takes (8): both processes are pushing.
    await waitFor(() => target.held.length === 16, 15_000, 'both workers pushing');
    target.release();
    for (const run of runs) await runEnded(org.admin, run);
    const state = (await org.admin.ok(STATE, { id })).connector;
    expect(state).toMatchObject({
      published: false,
      pausedReason: 'Turned off after 10 failed pushes in a row; the last: HTTP 500',
    });
    // Every final failure counted once, whichever process finished it.
    const conn = await createConnection(db.env.DATABASE_URL!);
    try {
      const [rows] = (await conn.query(
        `SELECT failureStreak, (SELECT COUNT(*) FROM push_run WHERE connectorId = ? AND status = 'FAILURE') AS failed
         FROM connector WHERE id = ?`,
        [id, id],
      )) as unknown as [{ failureStreak: number; failed: number }[]];
      expect(Number(rows[0]!.failed)).toBe(40);
      expect(Number(rows[0]!.failureStreak)).toBe(40);
    } finally {
      await conn.end();
    }
    // Paused by exactly one run, in one process.
    const pausedBy = procs.flatMap((p) =>
      p.logs.filter((l) => l.includes('connector turned off after failed pushes in a row')),
    );
    expect(pausedBy).toHaveLength(1);
  }, 120_000);
});
