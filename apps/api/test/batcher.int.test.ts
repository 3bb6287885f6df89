import { storedDefinition } from './helpers/fixtures.js';
import { randomUUID } from 'node:crypto';
import 'reflect-metadata';
import { createConnection } from 'mysql2/promise';
import { pino } from 'pino';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { StatementBatcher, type BatchExecutor, type Stmt } from '../src/db/batch/batcher.js';
import { createBatcher } from '../src/db/batch/open.js';
import { BatchedReads } from '../src/db/batch/reads.js';
import { ConnectorEntity } from '../src/modules/connectors/connector.entity.js';
import { OrganizationEntity } from '../src/modules/identity/organization.entity.js';
import { openDataSource } from '../src/data-source.js';
import { transaction } from '../src/db/transactions.js';
import { databaseOf, DRIVERS, freshDatabase, type TestDatabase } from './helpers/server.js';

const logger = pino({ level: 'silent' });

describe.each(DRIVERS)('statement batcher (%s)', (driver) => {
  let db: TestDatabase;
  let ds: DataSource;
  let database: Config['database'];
  let batcher: StatementBatcher;
  /** Commits the batcher made */
  let commits = 0;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    database = databaseOf(db);
    ds = await openDataSource(database);
    await ds.query('CREATE TABLE scratch (id varchar(36) PRIMARY KEY, n int NOT NULL)');
    batcher = counted(createBatcher(ds, database, logger));
  });
  afterAll(async () => {
    await batcher?.close();
    await ds?.destroy();
    await db?.drop();
  });

  /** The batcher, counting the executor's commits. */
  function counted(b: StatementBatcher): StatementBatcher {
    const exec = (b as unknown as { executor: BatchExecutor }).executor;
    const runAll = exec.runAll.bind(exec);
    exec.runAll = (groups) => {
      commits++;
      return runAll(groups);
    };
    return b;
  }

  const insert = (id: string, n: number): Stmt => ({
    sql: 'INSERT INTO scratch (id, n) VALUES (?, ?)',
    params: [id, n],
  });
  const deadlocks = async () =>
    Number(
      ((await ds.query("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) as { Value: string }[])[0]!
        .Value,
    );
  const count = async () =>
    Number(((await ds.query('SELECT COUNT(*) AS c FROM scratch')) as { c: unknown }[])[0]!.c);

  it('commits groups submitted together in fewer commits, each with its own results', async () => {
    await ds.query('DELETE FROM scratch');
    const before = commits;
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const results = await Promise.all(
      ids.map((id, i) =>
        batcher.submit([
          insert(id, i),
          { sql: 'UPDATE scratch SET n = n + 1 WHERE id = ?', params: [id] },
          { sql: 'SELECT n FROM scratch WHERE id = ?', params: [id], afterCommit: true },
        ]),
      ),
    );
    expect(commits - before).toBeLessThan(10);
    results.forEach((r, i) => {
      expect(r.map((s) => s.affected).slice(0, 2)).toEqual([1, 1]);
      expect(Number(r[2]!.rows[0]!.n)).toBe(i + 1);
    });
    expect(await count()).toBe(50);
  });

  it('fails only the group that breaks a constraint; the others sharing its commit land', async () => {
    await ds.query('DELETE FROM scratch');
    const taken = randomUUID();
    await batcher.submit([insert(taken, 0)]);
    const outcomes = await Promise.allSettled([
      batcher.submit([insert(randomUUID(), 1)]),
      batcher.submit([insert(randomUUID(), 2), insert(taken, 3)]),
      batcher.submit([insert(randomUUID(), 4)]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The failing group is all or nothing: its first insert was rolled back with it.
    const rows = (await ds.query('SELECT n FROM scratch ORDER BY n')) as { n: unknown }[];
    expect(rows.map((r) => Number(r.n))).toEqual([0, 1, 4]);
  });

  it('does not apply a group twice when its commit landed but a read after it failed', async () => {
    await ds.query('DELETE FROM scratch');
    const id = randomUUID();
    const failing = batcher.submit([
      insert(id, 1),
      { sql: 'SELECT n FROM no_such_table', params: [], afterCommit: true },
    ]);
    // Not retried (a retry would fail on the duplicate key instead): the read's own error.
    await expect(failing).rejects.toThrow(/no_such_table/);
    expect(await count()).toBe(1);
  });

  // SQLite runs one transaction at a time: no deadlocks there.
  if (driver === 'mysql') {
    it('tries a deadlock victim again alone', async () => {
      const d0 = await deadlocks();
      await ds.query('DELETE FROM scratch');
      const [a, b] = [randomUUID(), randomUUID()];
      const heavy = Array.from({ length: 50 }, () => randomUUID());
      await batcher.submit([insert(a, 0), insert(b, 0), ...heavy.map((id) => insert(id, 0))]);
      // Another client holds a and many rows; the batch takes b, then waits for a; the other client
      // then asks for b: a deadlock, and InnoDB rolls back the lighter transaction (the batch).
      const other = await createConnection(database.type === 'mysql' ? database.url : '');
      try {
        // READ COMMITTED: the scan keeps no lock on b, which it does not change.
        await other.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
        await other.query('START TRANSACTION');
        await other.query('UPDATE scratch SET n = n + 1 WHERE id IN (?)', [[a, ...heavy]]);
        const bump = (id: string): Stmt => ({
          sql: 'UPDATE scratch SET n = n + 10 WHERE id = ?',
          params: [id],
        });
        const victim = batcher.submit([bump(b), bump(a)]);
        await new Promise((r) => setTimeout(r, 200));
        await other.query('UPDATE scratch SET n = n + 1 WHERE id = ?', [b]);
        await other.query('COMMIT');
        expect((await victim).map((r) => r.affected)).toEqual([1, 1]);
        expect(await deadlocks()).toBeGreaterThan(d0);
      } finally {
        await other.end();
      }
      const rows = (await ds.query('SELECT id, n FROM scratch WHERE id IN (?, ?)', [a, b])) as {
        id: string;
        n: unknown;
      }[];
      expect(Object.fromEntries(rows.map((r) => [r.id, Number(r.n)]))).toEqual({
        [a]: 11,
        [b]: 11,
      });
    });
  }

  it('reads entities as a repository would: dates, JSON, booleans, nulls', async () => {
    const reads = new BatchedReads(ds, batcher);
    const org = { id: randomUUID(), name: 'Org', storesBirthYear: false, createdAt: new Date() };
    await ds.getRepository(OrganizationEntity).insert(org);
    const connector = {
      id: randomUUID(),
      organizationId: org.id,
      name: 'C',
      nameKey: 'c',
      entityType: 'CONTACT' as const,
      automationTriggers: ['ON_CREATE' as const],
      roleIds: ['r1', 'r2'],
      definition: storedDefinition(),
      secrets: null,
      published: true,
      lastRunAt: null,
      lastRunStatus: null,
      createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
      updatedAt: new Date(),
    };
    await ds.getRepository(ConnectorEntity).insert(connector);
    for (const [target, where] of [
      [OrganizationEntity, { id: org.id }],
      [ConnectorEntity, { id: connector.id }],
      [ConnectorEntity, { id: connector.id, organizationId: org.id }],
    ] as const) {
      const batched = await reads.findOneBy<ObjectLiteral>(target, where);
      expect(batched).toBeInstanceOf(target);
      expect(batched).toEqual(await ds.getRepository<ObjectLiteral>(target).findOneBy(where));
    }
    expect(await reads.findOneBy(ConnectorEntity, { id: randomUUID() })).toBeNull();
  });

  it('keeps writes, and hides its rows from reads, made while another request holds a transaction that rolls back', async () => {
    await ds.query('DELETE FROM scratch');
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const failing = transaction(ds, async (m) => {
      await m.query('INSERT INTO scratch (id, n) VALUES (?, ?)', [randomUUID(), -1]);
      entered();
      await held;
      throw new Error('validation failed');
    });
    await inside;
    const batched = batcher.submit([insert(randomUUID(), 1)]);
    // Plain statements from other requests: on SQLite they wait for the transaction to end.
    const autocommit = ds.query('INSERT INTO scratch (id, n) VALUES (?, ?)', [randomUUID(), 2]);
    const read = ds.query('SELECT n FROM scratch') as Promise<{ n: unknown }[]>;
    setTimeout(finish, 50);
    await expect(failing).rejects.toThrow('validation failed');
    await Promise.all([batched, autocommit]);
    expect((await read).map((r) => Number(r.n))).not.toContain(-1);
    const rows = (await ds.query('SELECT n FROM scratch ORDER BY n')) as { n: unknown }[];
    expect(rows.map((r) => Number(r.n))).toEqual([1, 2]);
  });

  if (driver === 'sqlite') {
    it('refuses a transaction begun outside transaction(ds, …), which could not take its turn', async () => {
      await expect(ds.manager.transaction(async () => undefined)).rejects.toThrow(
        /through transaction\(ds, …\)/,
      );
      await expect(transaction(ds, (m) => m.query('SELECT 1'))).resolves.toBeDefined();
    });
  }
});
