import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { JOB, settled, type JobState } from './helpers/bulk.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from './helpers/processes.js';
import { execSql, querySql, seedContacts, seedUsers } from './helpers/seed.js';
import { INLINE_OWNERS } from '../src/modules/bulk/bulk-records.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type Driver,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor, type Received } from './helpers/target.js';
import { subscribe } from './helpers/ws.js';

const BULK = `mutation($c: ID!, $f: RecordFilter) { bulkPush(connectorId: $c, filter: $f) {
  id kind status total queued succeeded failed createdBy { id } connector { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelBulkJob(id: $id) { id status queued finishedAt } }`;
const JOBS = `query($c: ID) { bulkJobs(connectorId: $c) { totalCount items { id kind status } } }`;
const EVENTS = `subscription($id: ID!) { bulkJobChanged(id: $id) { id status total queued succeeded failed } }`;
const OFF = `mutation($id: ID!) { unpublishConnector(id: $id) { id } }`;

/** Record id (from the body) -> the Idempotency-Keys (run ids) it arrived under at `path`. */
function keysByRecord(received: Received[], path: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of received.filter((x) => x.path === path)) {
    const id = (JSON.parse(r.body) as { id: string }).id;
    if (!out.has(id)) out.set(id, new Set());
    out.get(id)!.add(String(r.headers['idempotency-key']));
  }
  return out;
}

describe.each(DRIVERS)('bulk push (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let other: OrgUsers;

  const make = async (name: string, path: string, roleIds: string[], extra = {}) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({ name, roleIds, url: `${target.url}${path}`, ...extra }),
        p: true,
      })
    ).createConnector.id as string;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Bulk');
    other = await makeOrg(new Client(server.url), 'Rival');
    // 2,000 contacts of the admin, 500 of the officer (whose role the connectors leave out).
    const base = { organizationId: org.orgId, start: 1 };
    await seedContacts(db.env, {
      ...base,
      ownerId: org.adminId,
      prefix: 'a',
      firstName: 'Bulk',
      count: 2000,
    });
    await seedContacts(db.env, {
      ...base,
      ownerId: org.officerId,
      prefix: 'o',
      firstName: 'Other',
      count: 500,
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('pushes each selected record once, counts exact, only owners in the roles, events coalesced', async () => {
    const id = await make('All', '/ok/all', [org.adminRoleId]);
    const started = Date.now();
    // Subscribe first: the job id is unknown until the mutation answers, so listen to a
    // second job's events below; this one's are read from its final query.
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    const sub = await subscribe<{ bulkJobChanged: JobState }>(
      server.wsUrl,
      org.viewer.token,
      EVENTS,
      { id: job.id },
    );
    expect(job).toMatchObject({
      kind: 'PUSH',
      status: 'RUNNING',
      total: 2000,
      createdBy: { id: org.adminId },
      connector: { id },
    });
    await waitFor(() => sub.events.at(-1)?.bulkJobChanged.status === 'DONE', 60_000, 'DONE event');
    const elapsed = Date.now() - started;
    const last = sub.events.at(-1)!.bulkJobChanged;
    expect(last).toMatchObject({
      status: 'DONE',
      total: 2000,
      queued: 2000,
      succeeded: 2000,
      failed: 0,
    });
    // About 4 a second at most (each publisher), the last one the final state.
    expect(sub.events.length).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 3);
    await sub.close();
    expect((await org.viewer.ok(JOB, { id: job.id })).bulkJob).toMatchObject(last);

    const keys = keysByRecord(target.received, '/ok/all');
    expect(keys.size).toBe(2000);
    expect([...keys.values()].every((k) => k.size === 1)).toBe(true);
    expect([...keys.keys()].every((r) => r.startsWith('a-'))).toBe(true);
    expect(target.received.filter((r) => r.path === '/ok/all')).toHaveLength(2000);
    const runs = (
      await org.admin.ok(
        `query($c: ID!) { runs(connectorId: $c, pageSize: 3) { totalCount items { trigger
          initiatedBy { id } bulkJob { id status } } } }`,
        { c: id },
      )
    ).runs;
    expect(runs.totalCount).toBe(2000);
    expect(runs.items[0]).toMatchObject({
      trigger: 'BULK',
      initiatedBy: { id: org.adminId },
      bulkJob: { id: job.id, status: 'DONE' },
    });
  }, 90_000);

  it(`past ${INLINE_OWNERS} owners in its roles, the same records: the owner's role checked page by page`, async () => {
    // Users of the admin's role with no records: the owners no longer fit a query's list.
    await seedUsers(db.env, {
      organizationId: org.orgId,
      roleId: org.adminRoleId,
      prefix: 'many',
      count: INLINE_OWNERS + 1,
    });
    const id = await make('Many owners', '/ok/many', [org.adminRoleId]);
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(job.total).toBe(2000);
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      queued: 2000,
      succeeded: 2000,
    });
    const keys = keysByRecord(target.received, '/ok/many');
    expect(keys.size).toBe(2000);
    expect([...keys.values()].every((k) => k.size === 1)).toBe(true);
    expect([...keys.keys()].every((r) => r.startsWith('a-'))).toBe(true);
    // Gone again: the later tests list their owners in the query.
    await execSql(db.env, `DELETE FROM app_user WHERE email LIKE 'many-%'`);
  });

  it('selects by search and updatedSince, as the contacts list searches', async () => {
    const id = await make('Filtered', '/ok/filtered', [org.adminRoleId, org.officerRoleId]);
    await execSql(
      db.env,
      "UPDATE contact SET updatedAt = '2020-01-01 00:00:00.000' WHERE id < 'a-0000101' OR id LIKE 'o-%'",
    );
    const search = 'bulk 1';
    const listed = (
      await org.admin.ok(`query($s: String) { contacts(search: $s) { totalCount } }`, { s: search })
    ).contacts.totalCount;
    const preview = `query($c: ID!, $f: RecordFilter) { bulkPushCount(connectorId: $c, filter: $f) }`;
    expect((await org.admin.ok(preview, { c: id, f: { search } })).bulkPushCount).toBe(listed);
    expect(await org.viewer.code(preview, { c: id })).toBe('FORBIDDEN');
    const searched = (await org.admin.ok(BULK, { c: id, f: { search } })).bulkPush;
    expect(searched.total).toBe(listed);
    expect(listed).toBe(1 + 10 + 100 + 1000); // Bulk 1, 10-19, 100-199, 1000-1999
    const since = (
      await org.admin.ok(BULK, { c: id, f: { updatedSince: '2024-01-01T00:00:00.000Z' } })
    ).bulkPush;
    expect(since.total).toBe(1900);
    for (const j of [searched, since]) await org.admin.ok(CANCEL, { id: j.id });
    await settled(org.admin, since.id);
    const got = await settled(org.admin, searched.id);
    expect(got.queued).toBeLessThanOrEqual(listed);
  }, 90_000);

  it('cancel stops making runs; those made go on; who may', async () => {
    const id = await make('Slow', '/slow/cancel', [org.adminRoleId], {
      delivery: { rateLimitPerMinute: 600 },
    });
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    await waitFor(
      async () => (await org.admin.ok(JOB, { id: job.id })).bulkJob.queued > 0,
      10_000,
      'first runs',
    );
    expect(await org.viewer.code(CANCEL, { id: job.id })).toBe('FORBIDDEN');
    const cancelled = (await org.admin.ok(CANCEL, { id: job.id })).cancelBulkJob;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.finishedAt).not.toBeNull();
    const end = await settled(org.admin, job.id, 90_000);
    // A rate limit of 600/min keeps at most 100 runs open: far fewer than 2,000 were made.
    expect(end.status).toBe('CANCELLED');
    expect(end.queued).toBeLessThanOrEqual(cancelled.queued + 100);
    expect(end.queued).toBeLessThan(2000);
    expect(target.received.filter((r) => r.path === '/slow/cancel')).toHaveLength(end.queued);
    // Cancelling again answers the same; a DONE job cannot be cancelled.
    expect((await org.admin.ok(CANCEL, { id: job.id })).cancelBulkJob.status).toBe('CANCELLED');
    const jobs = (await org.viewer.ok(JOBS, { c: id })).bulkJobs;
    expect(jobs).toMatchObject({ totalCount: 1, items: [{ id: job.id, status: 'CANCELLED' }] });
  }, 120_000);

  it('refuses who may not and a connector that is off', async () => {
    const id = await make('Rules', '/ok/rules', [org.adminRoleId]);
    expect(await org.viewer.code(BULK, { c: id })).toBe('FORBIDDEN');
    expect(await org.officer.code(JOBS, {})).toBe('FORBIDDEN');
    expect(await other.admin.code(BULK, { c: id })).toBe('NOT_FOUND');
    expect(await org.admin.fields(BULK, { c: id, f: { search: 'x'.repeat(201) } })).toEqual([
      { path: 'filter.search', message: 'Search must be at most 200 characters' },
    ]);
    await org.admin.ok(OFF, { id });
    expect(await org.admin.code(BULK, { c: id })).toBe('CONFLICT');
    const done = (await org.admin.ok(JOBS, {})).bulkJobs.items.find(
      (j: { status: string }) => j.status === 'DONE',
    );
    expect(await org.admin.code(CANCEL, { id: done.id })).toBe('CONFLICT');
    expect((await other.admin.ok(JOB, { id: done.id })).bulkJob).toBeNull();
  });
});

// A bulk push whose process is SIGKILLed mid-job, then started again: SQLite with the in-process
// queue, and MariaDB with BullMQ on Redis when MYSQL_URL and REDIS_URL are set.
const KILLS: { name: string; driver: Driver; redis: boolean }[] = [
  { name: 'sqlite, in process', driver: 'sqlite', redis: false },
  ...(process.env.MYSQL_URL && process.env.REDIS_URL
    ? [{ name: 'mysql, BullMQ', driver: 'mysql' as const, redis: true }]
    : []),
];

describe.each(KILLS)('a bulk push survives kill -9 ($name)', ({ driver, redis }) => {
  let db: TestDatabase;
  let target: Target;
  const procs: ApiProcess[] = [];
  const TOTAL = 2000;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    target = await new Target().start();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await target?.close();
    await db?.drop();
  });

  /** An API process (role all) on the test database, killed at the end if still alive. */
  const start = async () => {
    const env = redis
      ? deploymentEnv(db.env)
      : {
          ...db.env,
          ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
          SIGNUP: 'open',
          SEED_DEMO: 'false',
        };
    const p = await startProcess('all', { ...env, WORKER_CONCURRENCY: '16' });
    procs.push(p);
    return p;
  };
  const settledRow = async (id: string) =>
    Number(
      (
        await querySql<{ settled: number }>(db.env, 'SELECT settled FROM bulk_job WHERE id = ?', [
          id,
        ])
      )[0]?.settled,
    );

  it('resumes from its cursor and pushes every record exactly once', async () => {
    const first = await start();
    const org = await makeOrg(new Client(`${first.base}/graphql`), 'Kill');
    await seedContacts(db.env, {
      organizationId: org.orgId,
      ownerId: org.adminId,
      prefix: 'k',
      firstName: 'Kill',
      start: 1,
      count: TOTAL,
    });
    const id = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Kill',
          roleIds: [org.adminRoleId],
          url: `${target.url}/slow/kill`,
          delivery: { maxAttempts: 5, timeoutMs: 2000 },
        }),
        p: true,
      })
    ).createConnector.id;
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(job.total).toBe(TOTAL);
    const path = '/slow/kill';
    await waitFor(
      () => target.received.filter((r) => r.path === path).length >= 400,
      30_000,
      'a part pushed',
    );
    await first.kill();
    const before = keysByRecord(target.received, path).size;
    expect(before).toBeLessThan(TOTAL);

    const second = await start();
    const admin = new Client(`${second.base}/graphql`).with(org.admin.token!);
    const end = await settled(admin, job.id, 120_000);
    expect(end).toMatchObject({
      status: 'DONE',
      total: TOTAL,
      queued: TOTAL,
      succeeded: TOTAL,
      failed: 0,
    });
    // Every record reached the target under one run's key: a push in flight at the kill may
    // arrive twice, but under the same Idempotency-Key (the receiver's dedupe key).
    const keys = keysByRecord(target.received, path);
    expect(keys.size).toBe(TOTAL);
    expect([...keys.values()].filter((k) => k.size !== 1)).toEqual([]);
    const runs = (
      await admin.ok(`query($c: ID!) { runs(connectorId: $c, pageSize: 1) { totalCount } }`, {
        c: id,
      })
    ).runs.totalCount;
    expect(runs).toBe(TOTAL);
  }, 240_000);

  it('settles a job cancelled just before its process died, once its last runs end', async () => {
    const first = await start();
    const org = await makeOrg(new Client(`${first.base}/graphql`), 'CancelKill');
    await seedContacts(db.env, {
      organizationId: org.orgId,
      ownerId: org.adminId,
      prefix: 'ck',
      firstName: 'Cancel',
      start: 1,
      count: 300,
    });
    const path = '/slow/cancel-kill';
    const id = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Cancel Kill',
          roleIds: [org.adminRoleId],
          url: `${target.url}${path}`,
          delivery: { maxAttempts: 2, timeoutMs: 2000 },
        }),
        p: true,
      })
    ).createConnector.id;
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    await waitFor(
      () => target.received.filter((r) => r.path === path).length >= 20,
      30_000,
      'a part pushed',
    );
    expect((await org.admin.ok(CANCEL, { id: job.id })).cancelBulkJob.status).toBe('CANCELLED');
    await first.kill();
    // Its runs made before the cancel were still open: nothing had settled the job.
    expect(await settledRow(job.id)).toBe(0);

    const second = await start();
    const admin = new Client(`${second.base}/graphql`).with(org.admin.token!);
    await waitFor(async () => (await settledRow(job.id)) === 1, 90_000, 'the job settled');
    const end = (await admin.ok(JOB, { id: job.id })).bulkJob as JobState;
    expect(end.status).toBe('CANCELLED');
    expect(end.succeeded + end.failed).toBe(end.queued);
    // Each run made reached the target, under one key per record.
    const keys = keysByRecord(target.received, path);
    expect(keys.size).toBe(end.queued);
    expect([...keys.values()].filter((k) => k.size !== 1)).toEqual([]);
  }, 180_000);
});
