import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '../src/data-source.js';
import { countJobRecords, INLINE_OWNERS, jobRecordPage } from '../src/modules/bulk/bulk-records.js';
import { Client } from './helpers/client.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { querySql, seedContacts, seedUsers } from './helpers/seed.js';
import {
  databaseOf,
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';

/** The records a bulk push selects, read page by page, the way the driver reads them. */
describe.each(DRIVERS)('bulk push record pages (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let ds: DataSource;
  let org: OrgUsers;
  let job: { organizationId: string; createdAt: Date; selection: { search?: string | null } };
  let connector: { entityType: 'CONTACT'; roleIds: string[] };

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    org = await makeOrg(new Client(server.url), 'Pages');
    const base = { organizationId: org.orgId, start: 1 };
    await seedContacts(db.env, {
      ...base,
      ownerId: org.adminId,
      prefix: 'a',
      firstName: 'In',
      count: 700,
    });
    await seedContacts(db.env, {
      ...base,
      ownerId: org.officerId,
      prefix: 'o',
      firstName: 'Out',
      count: 300,
    });
    const database = databaseOf(db);
    ds = await openDataSource(database);
    job = { organizationId: org.orgId, createdAt: new Date(Date.now() + 1000), selection: {} };
    connector = { entityType: 'CONTACT', roleIds: [org.adminRoleId] };
  }, 60_000);
  afterAll(async () => {
    await ds?.destroy();
    await server?.close();
    await db?.drop();
  });

  /** Every page of 128 after the previous one's last id. */
  async function readAll(): Promise<string[]> {
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const { qb, byOwner } = await jobRecordPage(ds, job, connector, after, 128);
      expect(byOwner).toBe(false);
      const rows = await qb.getMany();
      ids.push(...rows.map((r) => r.id));
      if (rows.length < 128) return ids;
      after = rows.at(-1)!.id;
    }
  }

  const expected = async () =>
    (
      await querySql<{ id: string }>(
        db.env,
        `SELECT c.id FROM contact c JOIN app_user u ON u.id = c.ownerId
         WHERE c.organizationId = ? AND u.roleId = ? ORDER BY c.id`,
        [org.orgId, org.adminRoleId],
      )
    ).map((r) => r.id);

  it('pages through the records of owners in the roles, in id order, each once', async () => {
    const want = await expected();
    expect(want).toHaveLength(700);
    // SQL's order of ids (its collation), not JavaScript's: the query above is the reference.
    expect(await readAll()).toEqual(want);
    expect(await countJobRecords(ds, job, connector)).toBe(700);
  });

  it('reads a page through ix_contact_keyset in id order: no join, no sort', () =>
    expectKeysetWalk());

  it(`with more than ${INLINE_OWNERS} owners in the roles: counted the same, pages by organization`, async () => {
    // Users of the admin's role with no records: the owner list no longer fits inline.
    await seedUsers(db.env, {
      organizationId: org.orgId,
      roleId: org.adminRoleId,
      prefix: 'many',
      count: INLINE_OWNERS + 5,
    });
    expect(await expected()).toHaveLength(700);
    // Counted with a join; the pages leave the owner's role to the app (bulk.int.test.ts).
    expect(await countJobRecords(ds, job, connector)).toBe(700);
    const { qb, byOwner } = await jobRecordPage(ds, job, connector, null, 2000);
    expect(byOwner).toBe(true);
    expect(await qb.getCount()).toBe(1000);
    await expectKeysetWalk();
  });

  /** The page's plan: ix_contact_keyset in id order, nothing joined, nothing sorted. */
  async function expectKeysetWalk() {
    const { qb } = await jobRecordPage(ds, job, connector, null, 250);
    const [sql, params] = qb.getQueryAndParameters();
    if (driver === 'sqlite') {
      // No ANALYZE: the product never runs one on SQLite.
      const plan = (await ds.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as { detail: string }[];
      expect(plan.map((p) => p.detail)).toEqual([
        expect.stringMatching(
          /^SEARCH c USING INDEX ix_contact_keyset \(organizationId=\? AND id>\?\)$/,
        ),
      ]);
      return;
    }
    await ds.query('ANALYZE TABLE contact, app_user');
    const plan = (await ds.query(`EXPLAIN ${sql}`, params)) as Plan[];
    // Before: app_user first, then every record of its users through ix_contact_owner, sorted.
    expect(plan.map((p) => [p.table, p.key])).toEqual([['c', 'ix_contact_keyset']]);
    expect(plan[0]!.Extra ?? '').not.toMatch(/filesort|temporary/i);
  }
});

interface Plan {
  table: string;
  key: string | null;
  Extra: string | null;
}
