import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { FindOne } from '../../db/batch/reads.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { ContactEntity } from '../records/contact.entity.js';
import type { CustomFieldService } from '../custom-fields/custom-field.service.js';
import type { LoanEntity } from '../records/loan.entity.js';
import { lookups } from '../records/record-snapshot.js';
import { contactSnapshot, loanSnapshot, type ValueContext } from '../records/record-values.js';
import { newRunRow, ownerPushes } from '../delivery/outbox.js';
import { PushRunEntity } from '../delivery/push-run.entity.js';
import type { BulkJobEntity, BulkJobKind } from './bulk-job.entity.js';
import { countJobRecords, jobRecordPage } from './bulk-records.js';

/** What the sources read with. */
export interface SourceDeps {
  ds: DataSource;
  reads: FindOne;
  customFields: CustomFieldService;
}

/**
 * One keyset page: the new runs (not yet saved), the last item id read (a run or not) and
 * whether the items are exhausted (fewer read than asked for).
 */
export interface SourcePage {
  runs: PushRunEntity[];
  last: string | null;
  exhausted: boolean;
}

/** Where a kind of bulk job takes its items from: counted once, then read by keyset pages. */
export interface BulkSource {
  count(d: SourceDeps, job: BulkJobEntity, connector: ConnectorEntity): Promise<number>;
  /** Up to `limit` items after `after` (by id), each as its new run. */
  page(
    d: SourceDeps,
    job: BulkJobEntity,
    connector: ConnectorEntity,
    after: string | null,
    limit: number,
  ): Promise<SourcePage>;
}

async function valueContext(d: SourceDeps, organizationId: string): Promise<ValueContext> {
  const [org, defs] = await Promise.all([
    lookups.organization(d.reads, organizationId),
    d.customFields.cachedList(organizationId),
  ]);
  return { storesBirthYear: org?.storesBirthYear ?? true, customFields: defs };
}

const push: BulkSource = {
  count: (d, job, c) => countJobRecords(d.ds, job, c),

  async page(d, job, c, after, limit) {
    const { qb, byOwner } = await jobRecordPage(d.ds, job, c, after, limit);
    const rows = await qb.getMany();
    if (rows.length === 0) return { runs: [], last: null, exhausted: true };
    const ctx = await valueContext(d, job.organizationId);
    const borrowers =
      c.entityType === 'LOAN' ? await borrowersOf(d, rows as unknown as LoanEntity[]) : null;
    const runs: PushRunEntity[] = [];
    for (const r of rows) {
      const owner = await lookups.user(d.reads, r.ownerId);
      if (byOwner && !ownerPushes(c, owner)) continue;
      const values = borrowers
        ? loanSnapshot(
            r as unknown as LoanEntity,
            owner,
            borrowers.get((r as unknown as LoanEntity).borrowerId ?? '') ?? null,
            ctx,
          )
        : contactSnapshot(r as unknown as ContactEntity, owner, ctx);
      runs.push(
        newRunRow({
          organizationId: job.organizationId,
          connectorId: c.id,
          trigger: 'BULK',
          entityType: c.entityType,
          recordId: r.id,
          recordVersion: r.version,
          recordOwnerId: r.ownerId,
          initiatedById: job.createdById,
          snapshot: values,
          bulkJobId: job.id,
          bulkKey: r.id,
        }),
      );
    }
    return { runs, last: rows.at(-1)!.id, exhausted: rows.length < limit };
  },
};

async function borrowersOf(d: SourceDeps, loans: LoanEntity[]) {
  const ids = [...new Set(loans.map((l) => l.borrowerId).filter((id): id is string => !!id))];
  const rows = ids.length ? await d.ds.getRepository(ContactEntity).findBy({ id: In(ids) }) : [];
  return new Map(rows.map((b) => [b.id, b]));
}

/** The connector's FAILURE runs (test pushes aside) that finished in [from, to) before the job. */
function failures(d: SourceDeps, job: BulkJobEntity) {
  return d.ds
    .getRepository(PushRunEntity)
    .createQueryBuilder('r')
    .where('r.connectorId = :c AND r.organizationId = :org', {
      c: job.connectorId,
      org: job.organizationId,
    })
    .andWhere("r.status = 'FAILURE' AND r.runTrigger <> 'TEST'")
    .andWhere('r.finishedAt >= :from AND r.finishedAt < :to', {
      from: new Date(job.selection.from!),
      to: new Date(job.selection.to!),
    })
    .andWhere('r.createdAt < :began', { began: job.createdAt });
}

const replay: BulkSource = {
  count: (d, job) => failures(d, job).getCount(),

  async page(d, job, c, after, limit) {
    const rows = await failures(d, job)
      .select([
        'r.id',
        'r.entityType',
        'r.recordId',
        'r.recordVersion',
        'r.recordOwnerId',
        'r.snapshot',
      ])
      .andWhere('r.id > :after', { after: after ?? '' })
      .orderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
    const runs = rows.map((r) =>
      newRunRow({
        organizationId: job.organizationId,
        connectorId: c.id,
        trigger: 'REPLAY',
        entityType: r.entityType,
        recordId: r.recordId,
        recordVersion: r.recordVersion,
        recordOwnerId: r.recordOwnerId,
        initiatedById: job.createdById,
        snapshot: r.snapshot,
        replayOfId: r.id,
        bulkJobId: job.id,
        bulkKey: r.id,
      }),
    );
    return { runs, last: rows.at(-1)?.id ?? null, exhausted: rows.length < limit };
  },
};

/** Each kind of bulk job's items. */
export const SOURCES: Record<BulkJobKind, BulkSource> = { PUSH: push, REPLAY: replay };
