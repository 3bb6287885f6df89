import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '../src/data-source.js';
import type { StatementBatcher } from '../src/db/batch/batcher.js';
import { createBatcher } from '../src/db/batch/open.js';
import { rowId } from '../src/db/row-id.js';
import { createLogger } from '../src/logger.js';
import { PushRunEntity } from '../src/modules/delivery/push-run.entity.js';
import { RunBatchSql } from '../src/modules/delivery/run-batch-sql.js';
import { databaseOf, DRIVERS, freshDatabase, type TestDatabase } from './helpers/server.js';

// The bulk lane's multi-row claim (RunBatchSql.claim): which runs it took must be exactly those its
// UPDATE took, even when another process claims the same runs in the same millisecond.

describe.each(DRIVERS)('bulk lane claim (%s)', (driver) => {
  let db: TestDatabase;
  let ds: DataSource;
  let batch: StatementBatcher;
  let sql: RunBatchSql;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    const database = databaseOf(db);
    ds = await openDataSource(database);
    batch = createBatcher(ds, database, createLogger('silent'));
    sql = new RunBatchSql(ds, batch);
  }, 60_000);
  afterAll(async () => {
    await batch?.close();
    await ds?.destroy();
    await db?.drop();
  });

  /** QUEUED bulk runs of one connector, one per record. */
  async function queued(count: number): Promise<PushRunEntity[]> {
    const connectorId = rowId();
    const runs = Array.from({ length: count }, (_, i) =>
      ds.getRepository(PushRunEntity).create({
        id: rowId(),
        organizationId: rowId(),
        connectorId,
        runTrigger: 'BULK',
        entityType: 'CONTACT',
        recordId: `r-${i}`,
        recordVersion: 1,
        status: 'QUEUED',
        attempts: 0,
        snapshot: {},
        createdAt: new Date(),
      }),
    );
    await ds.getRepository(PushRunEntity).insert(runs);
    return runs;
  }

  it('a run another claim took in the same millisecond is not taken again', async () => {
    const runs = await queued(3);
    const ids = runs.map((r) => r.id);
    const at = new Date();
    const first = await sql.claim(runs, at, rowId());
    // Before claim ids, the second claim read RUNNING-since-`at` and took all three again.
    const second = await sql.claim(runs, at, rowId());
    expect([...first].sort()).toEqual([...ids].sort());
    expect(second.size).toBe(0);
  });

  it('a claim hands back only the runs it holds', async () => {
    const [run] = await queued(1);
    const at = new Date();
    const mine = rowId();
    expect(await sql.claim([run!], at, mine)).toEqual(new Set([run!.id]));
    const later = new Date(Date.now() + 60_000);
    expect(await sql.release(run!.id, rowId(), later)).toBe(false);
    expect(await sql.release(run!.id, mine, later)).toBe(true);
    const row = await ds.getRepository(PushRunEntity).findOneByOrFail({ id: run!.id });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 0, startedAt: null });
  });
});
