import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '../src/data-source.js';
import { RunBatchStatements } from '../src/modules/delivery/run-batch-sql.js';
import { Client } from './helpers/client.js';
import { JOB, settled, type JobState } from './helpers/bulk.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { querySql, seedContacts } from './helpers/seed.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor, type Received } from './helpers/target.js';

// The bulk lane (src/modules/bulk/bulk-lane.ts): a bulk job on a connector without a rate limit is
// claimed, pushed and written in batches. Outcomes, attempt rows, the failure streak, run order,
// retries through the ordinary worker and a 429 pause, at a real loopback target.

const BULK = `mutation($c: ID!) { bulkPush(connectorId: $c) { id total } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const STATE = `query($id: ID!) { connector(id: $id) { published pausedReason } }`;
const ON = `mutation($id: ID!) { publishConnector(id: $id) { id } }`;

const recordOf = (r: Received) => (JSON.parse(r.body) as { id: string }).id;
const numberOf = (r: Received) => Number(recordOf(r).slice(2));
const at = (path: string) => (r: Received) => r.path === path;

/** A server, a target and a way to make an organization with `count` contacts and a connector. */
function world(env: Record<string, string> = {}) {
  const w = {
    db: null as unknown as TestDatabase,
    server: null as unknown as TestServer,
    target: null as unknown as Target,
    /** An organization with contacts prefix-0000001…; a published connector pushing to path. */
    async org(
      name: string,
      prefix: string,
      count: number,
      path: string,
      delivery = {},
      extra = {},
      before?: (org: OrgUsers) => Promise<void>,
    ) {
      const org: OrgUsers = await makeOrg(new Client(w.server.url), name);
      await before?.(org);
      await seedContacts(w.db.env, {
        organizationId: org.orgId,
        ownerId: org.adminId,
        prefix,
        firstName: name,
        start: 1,
        count,
      });
      const id = (
        await org.admin.ok(CREATE_CONNECTOR, {
          i: connectorInput({
            name,
            roleIds: [org.adminRoleId],
            url: `${w.target.url}${path}`,
            delivery: { maxAttempts: 1, ...delivery },
            ...extra,
          }),
          p: true,
        })
      ).createConnector.id as string;
      return { org, id };
    },
    async close() {
      await w.server?.close();
      await w.target?.close();
      await w.db?.drop();
    },
  };
  return {
    w,
    async start(driver: (typeof DRIVERS)[number]) {
      w.db = await freshDatabase(driver);
      w.server = await startTestServer({ ...w.db.env, ...env });
      w.target = await new Target().start();
    },
  };
}

describe.each(DRIVERS)('bulk lane (%s)', (driver) => {
  const { w, start } = world();
  beforeAll(() => start(driver), 60_000);
  afterAll(() => w.close());

  if (driver === 'mysql')
    it("MariaDB reads a chunk's open runs through ix_run_open (300 ranges): no table scan", async () => {
      const { org, id } = await w.org('Open', 'p', 300, '/pick/open');
      await settled(org.admin, (await org.admin.ok(BULK, { c: id })).bulkPush.id);
      const keys = await querySql<{ connectorId: string; recordId: string; entityType: 'CONTACT' }>(
        w.db.env,
        'SELECT connectorId, recordId, entityType FROM push_run WHERE connectorId = ? LIMIT 100',
        [id],
      );
      const ds = await openDataSource({ type: 'mysql', url: w.db.env.DATABASE_URL! });
      const { sql, params } = new RunBatchStatements(ds).openOfRecords(id, keys);
      await ds.destroy();
      await querySql(w.db.env, 'ANALYZE TABLE push_run');
      const [plan] = await querySql<{ type: string; key: string | null }>(
        w.db.env,
        `EXPLAIN ${sql}`,
        [...params],
      );
      // Unforced, past 200 ranges it guessed from the statistics and read the whole table.
      expect(plan).toMatchObject({ type: 'range', key: 'ix_run_open' });
    });

  it('exact SUCCESS/FAILURE counts, one attempt row per run, claimed in batches', async () => {
    const path = '/pick/counts';
    w.target.answer = (r) =>
      r.path === path && numberOf(r) % 10 === 7 ? { status: 400 } : undefined;
    const { org, id } = await w.org('Counts', 'c', 600, path);
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(job.total).toBe(600);
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      queued: 600,
      succeeded: 540,
      failed: 60,
    });
    const got = w.target.received.filter(at(path));
    expect(got).toHaveLength(600);
    expect(new Set(got.map(recordOf)).size).toBe(600);
    const runs = await querySql<{ status: string; n: number | string; at: number | string }>(
      w.db.env,
      `SELECT status, COUNT(*) AS n, COUNT(DISTINCT startedAt) AS at FROM push_run
        WHERE connectorId = ? GROUP BY status ORDER BY status`,
      [id],
    );
    expect(runs.map((r) => [r.status, Number(r.n)])).toEqual([
      ['FAILURE', 60],
      ['SUCCESS', 540],
    ]);
    // One startedAt per claim: runs were claimed many at once (the lane, not one by one).
    expect(runs.reduce((n, r) => n + Number(r.at), 0)).toBeLessThan(300);
    const attempts = await querySql<Record<string, unknown>>(
      w.db.env,
      `SELECT a.outcome, a.attemptNumber, a.responseStatus, a.requestBody, a.requestHeaders,
          r.requestBody AS runBody, r.responseStatus AS runStatus, r.attempts, r.error
        FROM push_attempt a JOIN push_run r ON r.id = a.runId WHERE r.connectorId = ?`,
      [id],
    );
    expect(attempts).toHaveLength(600);
    for (const a of attempts) {
      expect(a.requestBody).toBe(a.runBody);
      expect(a.responseStatus).toBe(a.runStatus);
      expect(Number(a.attemptNumber)).toBe(1);
      expect(Number(a.attempts)).toBe(1);
      expect(a.requestHeaders).toBeTruthy();
    }
    expect(attempts.filter((a) => a.outcome === 'FAILURE').map((a) => a.responseStatus)).toEqual(
      Array.from({ length: 60 }, () => 400),
    );
    // No pauseAfterFailures: on whatever the streak.
    expect((await org.admin.ok(STATE, { id })).connector.published).toBe(true);
  }, 90_000);

  it("writes each SUCCESS run's value back to its record in the chunk's commit", async () => {
    const path = '/wb/lane';
    w.target.answer = (r) =>
      r.path === path
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ data: { id: `L-${recordOf(r)}` } }),
          }
        : undefined;
    const { org, id } = await w.org(
      'WriteBack',
      'w',
      150,
      path,
      {},
      {
        responseMapping: {
          format: 'JSON',
          responseKey: 'data.id',
          writeBackField: 'contact.custom.leadId',
        },
      },
      async (o) => {
        await o.admin.ok(
          `mutation { defineCustomField(input: { entityType: CONTACT, key: "leadId", label: "Lead", type: STRING }) { key } }`,
        );
      },
    );
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(await settled(org.admin, job.id)).toMatchObject({ status: 'DONE', succeeded: 150 });
    const rows = await querySql<{ id: string; customFields: unknown }>(
      w.db.env,
      'SELECT id, customFields FROM contact WHERE organizationId = ?',
      [org.orgId],
    );
    expect(rows).toHaveLength(150);
    for (const r of rows) {
      const fields = (
        typeof r.customFields === 'string' ? JSON.parse(r.customFields) : r.customFields
      ) as { key: string; value: string }[];
      expect(fields.filter((f) => f.key === 'leadId')).toEqual([
        { key: 'leadId', value: `L-${r.id}` },
      ]);
    }
  }, 90_000);

  it('a RETRY outcome gets its later attempt through the ordinary worker', async () => {
    const path = '/flaky/lane';
    const { org, id } = await w.org('Retry', 'r', 100, path, { maxAttempts: 3 });
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      succeeded: 100,
      failed: 0,
    });
    const got = w.target.received.filter(at(path));
    expect(got).toHaveLength(200);
    const rows = await querySql<{ attempts: number; n: number | string; outcomes: string }>(
      w.db.env,
      `SELECT r.attempts, COUNT(*) AS n FROM push_run r JOIN push_attempt a ON a.runId = r.id
        WHERE r.connectorId = ? GROUP BY r.id, r.attempts`,
      [id],
    );
    expect(rows).toHaveLength(100);
    expect(rows.every((r) => Number(r.attempts) === 2 && Number(r.n) === 2)).toBe(true);
    const outcomes = await querySql<{ outcome: string; n: number | string }>(
      w.db.env,
      `SELECT a.outcome, COUNT(*) AS n FROM push_attempt a JOIN push_run r ON r.id = a.runId
        WHERE r.connectorId = ? GROUP BY a.outcome ORDER BY a.outcome`,
      [id],
    );
    expect(outcomes.map((o) => [o.outcome, Number(o.n)])).toEqual([
      ['RETRY', 100],
      ['SUCCESS', 100],
    ]);
  }, 90_000);

  it('a record whose earlier run is open is pushed after it', async () => {
    const path = '/order/lane';
    const held = 'q-0000010';
    let first = true;
    w.target.answer = (r) => {
      if (r.path !== path || recordOf(r) !== held || !first) return undefined;
      first = false;
      return 'hold';
    };
    const { org, id } = await w.org('Order', 'q', 50, path, { timeoutMs: 30_000 });
    const single = (await org.admin.ok(TRIGGER, { c: id, r: held })).triggerPush.id as string;
    await waitFor(() => w.target.received.some(at(path)), 10_000, 'the single push sent');
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    await waitFor(
      async () => (await org.admin.ok(JOB, { id: job.id })).bulkJob.succeeded === 49,
      30_000,
      'every other record pushed',
    );
    // The bulk run of the held record waits for the single push.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(w.target.received.filter((r) => at(path)(r) && recordOf(r) === held)).toHaveLength(1);
    expect((await org.admin.ok(JOB, { id: job.id })).bulkJob.status).toBe('RUNNING');
    w.target.release();
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      succeeded: 50,
      failed: 0,
    });
    const sent = w.target.received.filter((r) => at(path)(r) && recordOf(r) === held);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.headers['idempotency-key']).toBe(single);
    const [bulkRun] = await querySql<{ id: string }>(
      w.db.env,
      'SELECT id FROM push_run WHERE bulkJobId = ? AND recordId = ?',
      [job.id, held],
    );
    expect(sent[1]!.headers['idempotency-key']).toBe(bulkRun!.id);
    const order = await querySql<{ id: string; startedAt: string; finishedAt: string }>(
      w.db.env,
      'SELECT id, startedAt, finishedAt FROM push_run WHERE recordId = ? AND connectorId = ?',
      [held, id],
    );
    const byId = new Map(order.map((r) => [r.id, r]));
    expect(
      new Date(byId.get(bulkRun!.id)!.startedAt) >= new Date(byId.get(single)!.finishedAt),
    ).toBe(true);
  }, 90_000);

  it('a 429 pauses the lane: every record still pushed once, under one key', async () => {
    const path = '/busy/lane';
    const { org, id } = await w.org('Busy', 'b', 300, path, { maxAttempts: 3 });
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      succeeded: 300,
      failed: 0,
    });
    const got = w.target.received.filter(at(path));
    const keys = new Map<string, Set<string>>();
    for (const r of got) {
      const set = keys.get(recordOf(r)) ?? new Set();
      set.add(String(r.headers['idempotency-key']));
      keys.set(recordOf(r), set);
    }
    expect(keys.size).toBe(300);
    expect([...keys.values()].every((k) => k.size === 1)).toBe(true);
    // The run answered 429 made a second attempt; runs claimed but not sent when the pause came
    // went back to QUEUED without spending one.
    const attempts = await querySql<{ attempts: number | string; n: number | string }>(
      w.db.env,
      `SELECT r.attempts, COUNT(*) AS n FROM push_run r WHERE r.connectorId = ?
        GROUP BY r.attempts ORDER BY r.attempts`,
      [id],
    );
    expect(attempts.map((a) => [Number(a.attempts), Number(a.n)])).toEqual([
      [1, 299],
      [2, 1],
    ]);
    const [logged] = await querySql<{ n: number | string }>(
      w.db.env,
      'SELECT COUNT(*) AS n FROM push_attempt a JOIN push_run r ON r.id = a.runId WHERE r.connectorId = ?',
      [id],
    );
    expect(Number(logged!.n)).toBe(301);
    expect(got).toHaveLength(301);
    const first = got[0]!;
    // Only the pushes under way when the 429 came arrived in the 2 s pause.
    const during = got.filter((r) => r.at > first.at + 200 && r.at < first.at + 1900);
    expect(during).toHaveLength(0);
  }, 90_000);
});

// One push at a time (WORKER_CONCURRENCY=1): outcomes come in the page's order, so the streak's
// rule is checked exactly against it.
describe.each(DRIVERS)('bulk lane failure streak (%s)', (driver) => {
  const { w, start } = world({ WORKER_CONCURRENCY: '1' });
  beforeAll(() => start(driver), 60_000);
  afterAll(() => w.close());

  it('turns the connector off after N failures in a row; the job waits, and goes on once it is on', async () => {
    const path = '/fail/all';
    w.target.answer = (r) => (r.path === path ? { status: 400 } : undefined);
    const { org, id } = await w.org('Failing', 'f', 40, path, { pauseAfterFailures: 5 });
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    // Its open runs end; the records not reached yet wait for the connector (the job stays RUNNING).
    const held = await waitFor(
      async () => {
        const c = (await org.admin.ok(STATE, { id })).connector;
        const j = (await org.admin.ok(JOB, { id: job.id })).bulkJob as JobState;
        return !c.published && j.succeeded + j.failed === j.queued ? j : null;
      },
      30_000,
      'the connector off and the open runs final',
    );
    expect((await org.admin.ok(STATE, { id })).connector).toEqual({
      published: false,
      pausedReason: 'Turned off after 5 failed pushes in a row; the last: HTTP 400',
    });
    // A failure is written before the next claim: with one push at a time, the fifth request
    // was the last; the runs already made failed without one (the connector is off).
    const sent = w.target.received.filter(at(path)).length;
    expect(sent).toBe(5);
    expect(held).toMatchObject({ status: 'RUNNING', succeeded: 0, failed: held.queued });
    expect(held.queued).toBeLessThan(40);
    const [off] = await querySql<{ n: number | string }>(
      w.db.env,
      `SELECT COUNT(*) AS n FROM push_run WHERE connectorId = ? AND error LIKE '%turned off%'`,
      [id],
    );
    expect(Number(off!.n)).toBe(held.queued - sent);
    await new Promise((r) => setTimeout(r, 500));
    expect((await org.admin.ok(JOB, { id: job.id })).bulkJob).toMatchObject({
      queued: held.queued,
    });
    // The target fixed and the connector on again: the job goes on from where it stopped.
    w.target.answer = () => undefined;
    await org.admin.ok(ON, { id });
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      queued: 40,
      succeeded: 40 - held.queued,
      failed: held.queued,
    });
    const pushed = w.target.received.filter(at(path)).map(numberOf);
    expect(pushed.slice(sent)).toEqual(
      Array.from({ length: 40 - held.queued }, (_, i) => held.queued + i + 1),
    );
  }, 90_000);

  it('not when failures are interleaved with successes', async () => {
    const path = '/fail/odd';
    w.target.answer = (r) =>
      r.path === path && numberOf(r) % 2 === 1 ? { status: 400 } : undefined;
    const { org, id } = await w.org('Interleaved', 'i', 60, path, { pauseAfterFailures: 2 });
    const job = (await org.admin.ok(BULK, { c: id })).bulkPush;
    expect(await settled(org.admin, job.id)).toMatchObject({
      status: 'DONE',
      succeeded: 30,
      failed: 30,
    });
    expect((await org.admin.ok(STATE, { id })).connector).toEqual({
      published: true,
      pausedReason: null,
    });
    const [row] = await querySql<{ failureStreak: number | string }>(
      w.db.env,
      'SELECT failureStreak FROM connector WHERE id = ?',
      [id],
    );
    // The last record (i-0000060) succeeded.
    expect(Number(row!.failureStreak)).toBe(0);
    // In the page's order, one at a time.
    expect(w.target.received.filter(at(path)).map(numberOf)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
  }, 90_000);
});
