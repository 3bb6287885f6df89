import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteOldRuns } from '../src/modules/history/retention.js';
import { PushAttemptEntity } from '../src/modules/runs/push-attempt.entity.js';
import { PushRunEntity } from '../src/modules/runs/push-run.entity.js';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
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

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const SEARCH = `query($f: RunFilter!, $p: Int! = 1, $s: Int! = 50) {
  searchRuns(filter: $f, page: $p, pageSize: $s) { totalCount pageCount page items { id } } }`;
const STATS = `query($id: ID!, $d: Int!) { connector(id: $id) { stats(days: $d) {
  day succeeded failed p50Ms p95Ms } } }`;

const DAY = 86_400_000;
/** Midday UTC today: seeded times stay inside today's UTC day whatever the clock says. */
const utcDay = (offset: number, hour = 12) => {
  const n = new Date();
  return new Date(
    Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate()) + offset * DAY + hour * 3_600_000,
  );
};

describe.each(DRIVERS)('run search, daily figures and retention (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let other: OrgUsers;
  const c: Record<'alpha' | 'beta' | 'paged' | 'stats' | 'foreign', string> = {} as never;
  const contacts: { officer: string; admin: string } = {} as never;
  const runs: { officer: string; admin: string } = {} as never;

  /** A run written straight to the table, finished unless said otherwise. */
  const seed = async (o: Partial<PushRunEntity> & { connectorId: string }) => {
    const at = o.createdAt ?? new Date();
    const row = Object.assign(new PushRunEntity(), {
      id: randomUUID(),
      organizationId: org.orgId,
      runTrigger: 'MANUAL',
      entityType: 'CONTACT',
      recordId: randomUUID(),
      recordOwnerId: null,
      recordVersion: 1,
      initiatedById: org.adminId,
      status: 'SUCCESS',
      attempts: 1,
      requestMethod: 'POST',
      requestUrl: 'https://seeded.test/in',
      requestBody: '{}',
      responseStatus: 200,
      responseBody: '{"ok":true}',
      responseValue: null,
      responseValueError: null,
      error: null,
      durationMs: 10,
      snapshot: { 'contact.firstName': 'Seed', 'contact.lastName': 'Row' },
      nextAttemptAt: null,
      startedAt: at,
      createdAt: at,
      finishedAt: new Date(at.getTime() + 1000),
      ...o,
    });
    await server.app.ds.getRepository(PushRunEntity).insert(row);
    return row.id;
  };
  const ids = async (client: Client, f: Record<string, unknown>) =>
    ((await client.ok(SEARCH, { f })).searchRuns.items as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    target.replies.set('/alpha?source=alpha-host', {
      type: 'application/json',
      body: '{"leadId":"LEAD_4242","note":"Welcome ABOARD"}',
    });
    org = await makeOrg(new Client(server.url), 'Search');
    other = await makeOrg(new Client(server.url), 'Elsewhere');
    const every = [org.adminRoleId, org.viewerRoleId, org.officerRoleId];
    const connector = async (o: OrgUsers, name: string, path: string, roleIds: string[]) =>
      (
        await o.admin.ok(CREATE_CONNECTOR, {
          i: connectorInput({ name, roleIds, url: `${target.url}${path}` }),
          p: true,
        })
      ).createConnector.id as string;
    c.alpha = await connector(org, 'Alpha', '/alpha?source=alpha-host', every);
    c.beta = await connector(org, 'Beta', '/ok', every);
    c.paged = await connector(org, 'Paged', '/ok', every);
    c.stats = await connector(org, 'Stats', '/ok', every);
    c.foreign = await connector(other, 'Foreign', '/ok', [other.adminRoleId]);
    contacts.officer = (
      await org.officer.ok(CONTACT, { i: { firstName: 'Olive', lastName: 'Zephyr' } })
    ).createContact.id;
    contacts.admin = (
      await org.admin.ok(CONTACT, { i: { firstName: 'Ada', lastName: 'Quartz' } })
    ).createContact.id;
    runs.officer = (
      await org.officer.ok(TRIGGER, { c: c.alpha, r: contacts.officer })
    ).triggerPush.id;
    runs.admin = (await org.admin.ok(TRIGGER, { c: c.beta, r: contacts.admin })).triggerPush.id;
    await runEnded(org.admin, runs.officer);
    await runEnded(org.admin, runs.admin);
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('filters by connector, status, trigger and record, combined', async () => {
    const failed = await seed({ connectorId: c.beta, status: 'FAILURE', runTrigger: 'ON_UPDATE' });
    const record = randomUUID();
    const ofRecord = await seed({ connectorId: c.beta, recordId: record, runTrigger: 'ON_CREATE' });
    expect(await ids(org.admin, { connectorId: c.alpha })).toEqual([runs.officer]);
    expect(await ids(org.admin, { connectorId: c.beta, status: 'FAILURE' })).toEqual([failed]);
    expect(await ids(org.admin, { trigger: 'ON_UPDATE' })).toEqual([failed]);
    expect(await ids(org.admin, { trigger: 'ON_CREATE', connectorId: c.beta })).toEqual([ofRecord]);
    expect(await ids(org.admin, { recordId: record })).toEqual([ofRecord]);
    expect(await ids(org.admin, { recordId: contacts.officer })).toEqual([runs.officer]);
    expect(await ids(org.admin, { recordId: record, status: 'FAILURE' })).toEqual([]);
  });

  it('finds text in the error, response body, request URL and record label, whatever the case', async () => {
    const timeout = await seed({
      connectorId: c.beta,
      status: 'FAILURE',
      error: 'Gateway Timeout from upstream after 30 s',
    });
    const percent = await seed({ connectorId: c.beta, responseBody: '{"done":"100% ok"}' });
    // The response body, the URL and the label of a real push; the error of a seeded one.
    expect(await ids(org.admin, { text: 'lead_4242' })).toEqual([runs.officer]);
    expect(await ids(org.admin, { text: 'welcome aboard' })).toEqual([runs.officer]);
    expect(await ids(org.admin, { text: 'ALPHA-HOST' })).toEqual([runs.officer]);
    expect(await ids(org.admin, { text: 'zephyr' })).toEqual([runs.officer]);
    expect(await ids(org.admin, { text: 'olive zeph' })).toEqual([runs.officer]);
    expect(await ids(org.admin, { text: 'gateway TIMEOUT' })).toEqual([timeout]);
    // % and _ are literal; a near miss is no match.
    expect(await ids(org.admin, { text: '100%' })).toEqual([percent]);
    expect(await ids(org.admin, { text: '100_' })).toEqual([]);
    expect(await ids(org.admin, { text: 'timeout from downstream' })).toEqual([]);
    // Short text (no indexable word) still matches exactly.
    expect(await ids(org.admin, { text: '0%', connectorId: c.beta })).toEqual([percent]);
    expect(await ids(org.admin, { text: 'zephyr', connectorId: c.beta })).toEqual([]);
    const long = await org.admin.gql(SEARCH, { f: { text: 'x'.repeat(201) } });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by window: finishedAt, or createdAt for open runs, in [from, to)', async () => {
    const base = new Date('2030-01-10T00:00:00.000Z').getTime();
    const at = (h: number) => new Date(base + h * 3_600_000);
    const finish = (h: number) =>
      seed({ connectorId: c.beta, createdAt: at(h - 1), finishedAt: at(h) });
    const atFrom = await finish(0);
    const inside = await finish(5);
    const atTo = await finish(10);
    const open = await seed({
      connectorId: c.beta,
      status: 'RETRYING',
      createdAt: at(3),
      finishedAt: null,
    });
    // Created inside, finished after: outside.
    await seed({ connectorId: c.beta, createdAt: at(2), finishedAt: at(30) });
    const window = { from: at(0).toISOString(), to: at(10).toISOString() };
    expect(await ids(org.admin, window)).toEqual([inside, open, atFrom]);
    expect(await ids(org.admin, { from: at(10).toISOString() })).toContain(atTo);
    expect(await ids(org.admin, { to: at(0).toISOString() })).not.toContain(atFrom);
    expect(await ids(org.admin, { ...window, status: 'RETRYING' })).toEqual([open]);
  });

  it('shows each role only the runs it may see', async () => {
    const foreign = (await other.admin.ok(`{ me { id } }`)).me.id as string;
    await server.app.ds.getRepository(PushRunEntity).insert(
      Object.assign(new PushRunEntity(), {
        ...(await server.app.ds.getRepository(PushRunEntity).findOneByOrFail({ id: runs.admin })),
        id: randomUUID(),
        organizationId: other.orgId,
        connectorId: c.foreign,
        initiatedById: foreign,
      }),
    );
    // The officer (NONE) sees their own push and the runs of their records, not the admin's.
    expect(await ids(org.officer, { text: 'zephyr' })).toEqual([runs.officer]);
    expect(await ids(org.officer, { recordId: contacts.admin })).toEqual([]);
    const owned = await seed({
      connectorId: c.beta,
      recordOwnerId: org.officerId,
      initiatedById: null,
    });
    expect(await ids(org.officer, { connectorId: c.beta })).toEqual([owned]);
    // READ_ONLY sees every run of its organization, never another's.
    expect(await ids(org.viewer, { recordId: contacts.admin })).toEqual([runs.admin]);
    expect(await ids(org.viewer, { connectorId: c.foreign })).toEqual([]);
    expect(await ids(other.admin, {})).toHaveLength(1);
  });

  it('pages newest first with totals', async () => {
    const t0 = Date.parse('2029-06-01T00:00:00.000Z');
    const made: string[] = [];
    for (let i = 0; i < 25; i++)
      made.push(await seed({ connectorId: c.paged, createdAt: new Date(t0 + i * 60_000) }));
    const newest = [...made].reverse();
    const page = async (p: number, s: number) =>
      (await org.admin.ok(SEARCH, { f: { connectorId: c.paged }, p, s })).searchRuns;
    const third = await page(3, 10);
    expect(third).toMatchObject({ totalCount: 25, pageCount: 3, page: 3 });
    expect(third.items.map((r: { id: string }) => r.id)).toEqual(newest.slice(20));
    expect((await page(1, 10)).items.map((r: { id: string }) => r.id)).toEqual(newest.slice(0, 10));
    // The runs query pages through the same index.
    const viaRuns = await org.admin.ok(
      `query($c: ID!) { runs(connectorId: $c, page: 2, pageSize: 10) { totalCount items { id } } }`,
      { c: c.paged },
    );
    expect(viaRuns.runs.items.map((r: { id: string }) => r.id)).toEqual(newest.slice(10, 20));
    const bad = await org.admin.gql(SEARCH, { f: {}, p: 0, s: 10 });
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('page');
  });

  it('gives one RunDay per UTC day, oldest first, with p50 and p95 of finished non-test runs', async () => {
    for (let ms = 100; ms <= 1000; ms += 100)
      await seed({
        connectorId: c.stats,
        createdAt: utcDay(0, 0),
        finishedAt: utcDay(0, 0),
        durationMs: ms,
      });
    for (const ms of [70, 50, 60])
      await seed({
        connectorId: c.stats,
        status: 'FAILURE',
        finishedAt: utcDay(-2),
        durationMs: ms,
      });
    // Not counted: a test run, an open run, a run older than the window, another connector's.
    await seed({ connectorId: c.stats, runTrigger: 'TEST', finishedAt: utcDay(0), durationMs: 5 });
    await seed({
      connectorId: c.stats,
      status: 'RETRYING',
      finishedAt: null,
      createdAt: utcDay(0, 0),
    });
    await seed({ connectorId: c.stats, finishedAt: utcDay(-3), durationMs: 9 });
    await seed({ connectorId: c.beta, finishedAt: utcDay(0, 0), durationMs: 1 });
    const { stats } = (await org.admin.ok(STATS, { id: c.stats, d: 3 })).connector;
    const day = (o: number) => utcDay(o).toISOString().slice(0, 10);
    expect(stats).toEqual([
      { day: day(-2), succeeded: 0, failed: 3, p50Ms: 60, p95Ms: 70 },
      { day: day(-1), succeeded: 0, failed: 0, p50Ms: null, p95Ms: null },
      { day: day(0), succeeded: 10, failed: 0, p50Ms: 500, p95Ms: 1000 },
    ]);
    const fortnight = await org.viewer.ok(
      `query($id: ID!) { connector(id: $id) { stats { day } } }`,
      { id: c.stats },
    );
    expect(fortnight.connector.stats).toHaveLength(14);
    for (const d of [0, 91]) {
      const res = await org.admin.gql(STATS, { id: c.stats, d });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('days');
    }
  });

  it('deletes runs past retention with their attempts, in batches, and nothing else', async () => {
    const attempts = server.app.ds.getRepository(PushAttemptEntity);
    const attempt = (runId: string) =>
      attempts.insert({
        id: randomUUID(),
        runId,
        attemptNumber: 1,
        outcome: 'SUCCESS',
        requestMethod: 'POST',
        requestUrl: 'https://seeded.test/in',
        requestBody: '{}',
        responseStatus: 200,
        responseBody: 'ok',
        error: null,
        durationMs: 5,
        startedAt: new Date(),
        finishedAt: new Date(),
      });
    const old: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await seed({
        connectorId: c.beta,
        createdAt: new Date(Date.now() - (91 + i) * DAY),
        responseBody: 'ancient-body',
      });
      await attempt(id);
      old.push(id);
    }
    const recent = await seed({
      connectorId: c.beta,
      createdAt: new Date(Date.now() - 89 * DAY),
      responseBody: 'recent-body',
    });
    await attempt(recent);
    await attempt(runs.admin);
    const before = await attempts.count();
    expect(await ids(org.admin, { text: 'ancient-body' })).toHaveLength(5);

    const res = await deleteOldRuns(server.app.ds, 90, { batch: 2 });
    expect(res).toMatchObject({ runs: 5, attempts: 5 });
    expect(res.longestStatementMs).toBeGreaterThan(0);
    const left = await server.app.ds.getRepository(PushRunEntity).findBy({});
    expect(left.map((r) => r.id)).not.toEqual(expect.arrayContaining([old[0]]));
    expect(left.some((r) => old.includes(r.id))).toBe(false);
    expect(left.map((r) => r.id)).toEqual(
      expect.arrayContaining([recent, runs.admin, runs.officer]),
    );
    expect(await attempts.count()).toBe(before - 5);
    expect(await attempts.countBy({ runId: recent })).toBe(1);
    // The text index forgot them too; the connector they ran through stays.
    expect(await ids(org.admin, { text: 'ancient-body' })).toEqual([]);
    expect(await ids(org.admin, { text: 'recent-body' })).toEqual([recent]);
    expect(
      (await org.admin.ok(`query($id: ID!) { connector(id: $id) { id } }`, { id: c.beta }))
        .connector.id,
    ).toBe(c.beta);
  });
});
