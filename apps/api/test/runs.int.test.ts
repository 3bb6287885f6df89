import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';
import { subscribe } from './helpers/ws.js';
import { newRunRow } from '../src/modules/delivery/outbox.js';
import { PushRunEntity } from '../src/modules/delivery/push-run.entity.js';

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id status trigger } }`;
const RUN = `query($id: ID!) { run(id: $id) { id status attempts responseStatus error requestBody finishedAt
  attemptLog { number outcome responseStatus } connector { lastRunStatus } } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const RUN_EVENTS = `subscription($c: ID) { runStatusChanged(connectorId: $c) { id status attempts } }`;

describe.each(DRIVERS)('push runs (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let other: OrgUsers;
  let okId: string;
  let officerContact: string;
  let adminContact: string;

  const tokenOf = (c: Client) => c.token as string;
  const make = async (name: string, path: string, extra: Record<string, unknown> = {}, p = true) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: [org.officerRoleId, org.adminRoleId],
          url: `${target.url}${path}`,
          ...extra,
        }),
        p,
      })
    ).createConnector.id as string;

  /** A run row as a crash or a lost enqueue leaves it: committed, in no queue. */
  const orphan = (status: 'QUEUED' | 'RUNNING' | 'RETRYING', nextAttemptAt: Date | null = null) =>
    Object.assign(
      newRunRow({
        organizationId: org.orgId,
        connectorId: okId,
        trigger: 'MANUAL',
        entityType: 'CONTACT',
        recordId: officerContact,
        recordVersion: 0,
        recordOwnerId: org.officerId,
        initiatedById: org.officerId,
        snapshot: { 'contact.id': officerContact },
      }),
      {
        status,
        startedAt: status === 'RUNNING' ? new Date(Date.now() - 3_600_000) : null,
        nextAttemptAt,
      },
    );

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Runs');
    other = await makeOrg(new Client(server.url), 'Rival');
    okId = await make('OK', '/ok', {
      authentication: { type: 'BASIC', username: 'user', passcode: 'pw-SECRET-3' },
    });
    officerContact = (await org.officer.ok(CONTACT, { i: { firstName: 'Olive', lastName: 'O' } }))
      .createContact.id;
    adminContact = (await org.admin.ok(CONTACT, { i: { firstName: 'Ada', lastName: 'A' } }))
      .createContact.id;
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('shows a run QUEUED -> RUNNING -> SUCCESS over the subscription', async () => {
    const sub = await subscribe<{ runStatusChanged: { id: string; status: string } }>(
      server.wsUrl,
      tokenOf(org.officer),
      RUN_EVENTS,
      { c: okId },
    );
    const run = (await org.officer.ok(TRIGGER, { c: okId, r: officerContact })).triggerPush;
    expect(run).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL' });
    await waitFor(
      () => sub.events.some((e) => e.runStatusChanged.status === 'SUCCESS'),
      10_000,
      'SUCCESS event',
    );
    expect(
      sub.events
        .filter((e) => e.runStatusChanged.id === run.id)
        .map((e) => e.runStatusChanged.status),
    ).toEqual(['QUEUED', 'RUNNING', 'SUCCESS']);
    await sub.close();
    // The SUCCESS event goes out just before lastRun* is written (last-run.ts): wait for it.
    const done = await waitFor(
      async () => {
        const r = (await org.officer.ok(RUN, { id: run.id })).run;
        return r.connector.lastRunStatus === 'SUCCESS' && r;
      },
      10_000,
      'lastRunStatus',
    );
    expect(done).toMatchObject({
      status: 'SUCCESS',
      attempts: 1,
      responseStatus: 200,
      error: null,
      connector: { lastRunStatus: 'SUCCESS' },
    });
    expect(done.attemptLog).toEqual([{ number: 1, outcome: 'SUCCESS', responseStatus: 200 }]);
    const got = target.received.at(-1);
    expect(got?.headers.authorization).toBe(
      `Basic ${Buffer.from('user:pw-SECRET-3').toString('base64')}`,
    );
  });

  it('checks manual pushes in the contract order', async () => {
    const offId = await make('Off', '/ok', {}, false);
    const adminOnly = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({ name: 'Admins', roleIds: [org.adminRoleId], url: `${target.url}/ok` }),
        p: true,
      })
    ).createConnector.id;
    const loanConn = await make('Loans', '/ok', { entityType: 'LOAN' });
    expect(await org.officer.code(TRIGGER, { c: 'nope', r: officerContact })).toBe('NOT_FOUND');
    expect(await other.admin.code(TRIGGER, { c: okId, r: officerContact })).toBe('NOT_FOUND');
    expect(await org.officer.code(TRIGGER, { c: adminOnly, r: officerContact })).toBe('FORBIDDEN');
    expect(await org.viewer.code(TRIGGER, { c: okId, r: officerContact })).toBe('FORBIDDEN');
    expect(await org.officer.code(TRIGGER, { c: offId, r: officerContact })).toBe('CONFLICT');
    expect(await org.officer.code(TRIGGER, { c: okId, r: adminContact })).toBe('NOT_FOUND');
    expect(await org.officer.code(TRIGGER, { c: loanConn, r: officerContact })).toBe('NOT_FOUND');
    expect((await org.admin.ok(TRIGGER, { c: okId, r: officerContact })).triggerPush.status).toBe(
      'QUEUED',
    );
  });

  it('retries a 503 and records each attempt; a 400 fails for good', async () => {
    const flaky = await make('Flaky', '/flaky');
    const run = (await org.officer.ok(TRIGGER, { c: flaky, r: officerContact })).triggerPush;
    const done = await waitFor(
      async () => {
        const r = (await org.officer.ok(RUN, { id: run.id })).run;
        return r.status === 'SUCCESS' && r;
      },
      15_000,
      'retried run',
    );
    expect(done.attempts).toBe(2);
    expect(
      done.attemptLog.map((a: { outcome: string; responseStatus: number }) => [
        a.outcome,
        a.responseStatus,
      ]),
    ).toEqual([
      ['RETRY', 503],
      ['SUCCESS', 200],
    ]);
    // Each attempt keeps what it sent and got (copied from the run as that attempt left it).
    const log = (
      await org.officer.ok(
        `query($id: ID!) { run(id: $id) { requestBody attemptLog { number requestMethod requestUrl
          requestBody responseBody error durationMs } } }`,
        { id: run.id },
      )
    ).run;
    expect(log.attemptLog).toMatchObject([
      { number: 1, requestMethod: 'POST', requestBody: log.requestBody, responseBody: 'busy' },
      {
        number: 2,
        requestMethod: 'POST',
        requestBody: log.requestBody,
        responseBody: '{"ok":true}',
      },
    ]);
    expect(log.attemptLog[0].error).toMatch(/503/);
    expect(log.attemptLog[1].error).toBeNull();
    expect(log.attemptLog[1].requestUrl).toBe(`${target.url}/flaky`);
    const reject = await make('Reject', '/reject');
    const bad = (await org.officer.ok(TRIGGER, { c: reject, r: officerContact })).triggerPush;
    const failed = await waitFor(
      async () => {
        const r = (await org.officer.ok(RUN, { id: bad.id })).run;
        // lastRun* is written just after the run's final commit (last-run.ts): wait for both.
        return r.status === 'FAILURE' && r.connector.lastRunStatus === 'FAILURE' && r;
      },
      10_000,
      'failed run',
    );
    expect(failed).toMatchObject({
      attempts: 1,
      responseStatus: 400,
      connector: { lastRunStatus: 'FAILURE' },
    });
    expect(failed.error).toMatch(/200/);
  });

  it('tests an unpublished connector with a sample record without touching lastRun*', async () => {
    const off = await make('Test Me', '/ok', {}, false);
    expect(
      await org.viewer.code(`mutation($id: ID!) { testConnector(id: $id) { id } }`, { id: off }),
    ).toBe('FORBIDDEN');
    const run = (
      await org.admin.ok(`mutation($id: ID!) { testConnector(id: $id) { id trigger status } }`, {
        id: off,
      })
    ).testConnector;
    expect(run).toMatchObject({ trigger: 'TEST', status: 'QUEUED' });
    const done = await waitFor(
      async () => {
        const r = (await org.admin.ok(RUN, { id: run.id })).run;
        return r.status === 'SUCCESS' && r;
      },
      10_000,
      'test run',
    );
    expect(JSON.parse(done.requestBody)).toMatchObject({ first: 'Earl' });
    const label = await org.admin.ok(`query($id: ID!) { run(id: $id) { recordLabel } }`, {
      id: run.id,
    });
    expect(label.run.recordLabel).toBe('Earl Sancho');
    const c = await org.admin.ok(
      `query($id: ID!) { connector(id: $id) { lastRunAt lastRunStatus } }`,
      { id: off },
    );
    expect(c.connector).toEqual({ lastRunAt: null, lastRunStatus: null });
    const withRecord = await org.admin.ok(
      `mutation($id: ID!, $r: ID) { testConnector(id: $id, recordId: $r) { recordId } }`,
      { id: off, r: officerContact },
    );
    expect(withRecord.testConnector.recordId).toBe(officerContact);
  });

  it('shows runs by visibility and filters; another organization sees and hears nothing', async () => {
    const mine = await org.officer.ok(`{ runs(pageSize: 100) { totalCount } }`);
    const everyone = await org.viewer.ok(`{ runs(pageSize: 100) { totalCount } }`);
    expect(everyone.runs.totalCount).toBeGreaterThan(mine.runs.totalCount - 1);
    const adminRuns = await org.admin.ok(
      `query($c: ID) { runs(connectorId: $c, status: SUCCESS) { items { id } totalCount } }`,
      { c: okId },
    );
    expect(adminRuns.runs.totalCount).toBeGreaterThanOrEqual(1);
    const viaConnector = await org.viewer.ok(
      `query($id: ID!) { connector(id: $id) { runs(pageSize: 1) { totalCount pageCount items { id } } } }`,
      { id: okId },
    );
    expect(viaConnector.connector.runs.totalCount).toBeGreaterThanOrEqual(2);
    expect((await other.admin.ok(`{ runs { totalCount } }`)).runs.totalCount).toBe(0);
    const firstRun = adminRuns.runs.items[0].id;
    expect((await other.admin.ok(RUN, { id: firstRun })).run).toBeNull();

    const rival = await subscribe(server.wsUrl, tokenOf(other.admin), RUN_EVENTS);
    const rivalConn = await subscribe(
      server.wsUrl,
      tokenOf(other.admin),
      `subscription { connectorChanged { id } }`,
    );
    const viewerSub = await subscribe(
      server.wsUrl,
      tokenOf(org.viewer),
      `subscription { connectorChanged { id lastRunStatus } }`,
    );
    await org.officer.ok(TRIGGER, { c: okId, r: officerContact });
    await waitFor(() => viewerSub.events.length > 0, 10_000, 'connectorChanged');
    await new Promise((r) => setTimeout(r, 200));
    expect(rival.events).toEqual([]);
    expect(rivalConn.events).toEqual([]);
    await Promise.all([rival.close(), rivalConn.close(), viewerSub.close()]);
  });

  it("tells live views a run's end without undoing a change made while it ran", async () => {
    const id = await make('Held Target', '/hold');
    const sub = await subscribe<{
      connectorChanged: { id: string; published: boolean; lastRunStatus: string | null };
    }>(
      server.wsUrl,
      tokenOf(org.admin),
      `subscription { connectorChanged { id published lastRunStatus } }`,
    );
    const run = (await org.officer.ok(TRIGGER, { c: id, r: officerContact })).triggerPush;
    await waitFor(() => target.received.some((r) => r.path === '/hold'), 10_000, 'held push');
    await org.admin.ok(`mutation($id: ID!) { unpublishConnector(id: $id) { id } }`, { id });
    target.release();
    await waitFor(
      async () => (await org.officer.ok(RUN, { id: run.id })).run.status === 'SUCCESS',
      10_000,
      'run ends',
    );
    const mine = () => sub.events.map((e) => e.connectorChanged).filter((c) => c.id === id);
    await waitFor(() => mine().some((c) => c.lastRunStatus === 'SUCCESS'), 10_000, 'lastRun event');
    await sub.close();
    // The run's end is told with the connector as it is now: still Off.
    expect(mine().at(-1)).toEqual({ id, published: false, lastRunStatus: 'SUCCESS' });
  });

  it('holds back every run of a connector while its target asks to wait (429)', async () => {
    const id = await make('Busy Target', '/busy');
    const first = (await org.officer.ok(TRIGGER, { c: id, r: officerContact })).triggerPush;
    await waitFor(() => target.received.some((r) => r.path === '/busy'), 10_000, 'first push');
    const throttledAt = target.received.find((r) => r.path === '/busy')!.at;
    // Another record: not held by delivery order, only by the pause.
    const other = (await org.officer.ok(CONTACT, { i: { firstName: 'Pat', lastName: 'P' } }))
      .createContact.id;
    const second = (await org.officer.ok(TRIGGER, { c: id, r: other })).triggerPush;
    // It waits QUEUED, saying until when.
    const waiting = await waitFor(
      async () =>
        (
          await org.officer.ok(`query($id: ID!) { run(id: $id) { status nextAttemptAt } }`, {
            id: second.id,
          })
        ).run.nextAttemptAt && true,
      5_000,
      'second run deferred',
    );
    expect(waiting).toBe(true);
    for (const run of [first, second])
      await waitFor(
        async () => (await org.officer.ok(RUN, { id: run.id })).run.status === 'SUCCESS',
        15_000,
        'runs succeed after the pause',
      );
    const hits = target.received.filter((r) => r.path === '/busy');
    expect(hits.map((r) => r.headers['idempotency-key']).sort()).toEqual(
      [first.id, first.id, second.id].sort(),
    );
    // Retry-After: 2 s: nothing went to the target before then (a little slack for timers).
    for (const hit of hits.slice(1)) expect(hit.at - throttledAt).toBeGreaterThanOrEqual(1900);
    expect(server.logs.join('')).toContain('target answered 429');
  });

  it('refuses a websocket without a valid token', async () => {
    await expect(subscribe(server.wsUrl, undefined, RUN_EVENTS)).rejects.toThrow(/closed/);
    await expect(subscribe(server.wsUrl, 'forged', RUN_EVENTS)).rejects.toThrow(/closed/);
  });

  it('keeps secrets out of runs, logs and the database', async () => {
    const all = await org.admin.ok(
      `{ runs(pageSize: 100) { items { requestBody responseBody requestUrl error attemptLog { requestBody } connector { authentication { hasPasscode } } } } }`,
    );
    expect(JSON.stringify(all)).not.toContain('SECRET');
    expect(JSON.stringify(all)).not.toContain(Buffer.from('user:pw-SECRET-3').toString('base64'));
    const dump = JSON.stringify([
      await server.app.ds.query('SELECT * FROM push_run'),
      await server.app.ds.query('SELECT * FROM push_attempt'),
      await server.app.ds.query('SELECT * FROM connector'),
    ]);
    expect(dump).not.toContain('SECRET');
    expect(server.logs.join('')).not.toContain('SECRET');
  });

  it('keeps connectors, runs and tokens across a restart and re-queues what was left', async () => {
    const done = (await org.officer.ok(TRIGGER, { c: okId, r: officerContact })).triggerPush.id;
    await waitFor(
      async () => (await org.officer.ok(RUN, { id: done })).run.status === 'SUCCESS',
      10_000,
      'first run',
    );
    // Rows as a crash leaves them: committed QUEUED (never enqueued) and RUNNING long ago.
    const ds = server.app.ds;
    const queued = orphan('QUEUED');
    const running = orphan('RUNNING');
    await ds.getRepository(PushRunEntity).insert([queued, running]);
    await server.close();
    server = await startTestServer(db.env);
    const again = new Client(server.url, tokenOf(org.officer));
    for (const id of [queued.id, running.id]) {
      const run = await waitFor(
        async () => {
          const r = (await again.ok(RUN, { id })).run;
          return r?.status === 'SUCCESS' && r;
        },
        10_000,
        'run after restart',
      );
      expect(run.id).toBe(id);
    }
    expect((await again.ok(RUN, { id: done })).run.status).toBe('SUCCESS');
    const admin = new Client(server.url, tokenOf(org.admin));
    expect((await admin.ok(`{ connectors { totalCount } }`)).connectors.totalCount).toBeGreaterThan(
      3,
    );
  });

  it('queues again, without a restart, runs that nobody queued (the sweep)', async () => {
    await server.close();
    server = await startTestServer({ ...db.env, SWEEP_INTERVAL_MS: '200' });
    const client = new Client(server.url, tokenOf(org.officer));
    // In this order of creation: the RETRYING one waits behind the other two (delivery order).
    const due = [
      orphan('QUEUED'),
      orphan('RUNNING'),
      orphan('RETRYING', new Date(Date.now() - 1000)),
    ].map((r, i) => Object.assign(r, { createdAt: new Date(Date.now() - 3000 + i * 1000) }));
    // Waiting in a delayed job for its rate-limit slot: the sweep leaves it alone until then.
    const deferred = { ...orphan('QUEUED', new Date(Date.now() + 3_600_000)), recordVersion: 99 };
    // Behind the deferred one (a later change of the record): left to it, never swept.
    const waiting = { ...orphan('QUEUED'), recordVersion: 100 };
    const seen = target.received.length;
    const sub = await subscribe<{ runStatusChanged: { id: string; status: string } }>(
      server.wsUrl,
      tokenOf(org.officer),
      RUN_EVENTS,
      { c: okId },
    );
    // Copies: TypeORM's multi-row insert wrote values back into the given objects (ids swapped).
    await server.app.ds
      .getRepository(PushRunEntity)
      .insert([...due, deferred, waiting].map((r) => ({ ...r })));
    for (const { id } of due) {
      await waitFor(
        async () => (await client.ok(RUN, { id })).run?.status === 'SUCCESS',
        10_000,
        `swept run ${id}`,
      );
    }
    await new Promise((r) => setTimeout(r, 600)); // three more sweeps
    // The stale RUNNING run is said to be retrying before its new attempt runs.
    const staleEvents = sub.events
      .filter((e) => e.runStatusChanged.id === due[1]!.id)
      .map((e) => e.runStatusChanged.status);
    await sub.close();
    expect(staleEvents).toEqual(['RETRYING', 'RUNNING', 'SUCCESS']);
    const keys = target.received.slice(seen).map((r) => r.headers['idempotency-key']);
    expect(keys.sort()).toEqual(due.map((r) => r.id).sort());
    expect((await client.ok(RUN, { id: deferred.id })).run.status).toBe('QUEUED');
    expect((await client.ok(RUN, { id: waiting.id })).run.status).toBe('QUEUED');
    expect(server.logs.join('')).toContain('queued overdue runs again');
    const metrics =
      await server.app.metrics.registry.getSingleMetricAsString('odc_runs_swept_total');
    // The QUEUED run and the stale RUNNING one; the RETRYING one is handed on by them (or swept
    // if a sweep comes between the hand-off and its claim).
    const swept = Number(/^odc_runs_swept_total (\d+)$/m.exec(metrics)?.[1]);
    expect(swept).toBeGreaterThanOrEqual(2);
    expect(swept).toBeLessThanOrEqual(3);
  });
});
