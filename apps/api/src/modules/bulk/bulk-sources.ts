import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { FindOne } from '../../db/batch/reads.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { ContactEntity } from '../records/contact.entity.js';
import type { ContactService } from '../records/contact.service.js';
import type { CustomFieldService } from '../custom-fields/custom-field.service.js';
import type { LoanEntity } from '../records/loan.entity.js';
import type { LoanService } from '../records/loan.service.js';
import { searchPattern, type RecordRow } from '../records/record-base.js';
import { lookups } from '../records/record-snapshot.js';
import { contactSnapshot, loanSnapshot, type ValueContext } from '../records/record-values.js';
import { newRunRow } from '../delivery/outbox.js';
import { PushRunEntity } from '../delivery/push-run.entity.js';
import type { BulkJobEntity, BulkJobKind } from './bulk-job.entity.js';

/** What the sources read with. */
export interface SourceDeps {
  ds: DataSource;
  reads: FindOne;
  customFields: CustomFieldService;
  contacts: ContactService;
  loans: LoanService;
}

/** One keyset page: the new runs (not yet saved) and the last item id read. */
export interface SourcePage {
  runs: PushRunEntity[];
  last: string | null;
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

/**
 * The connector's records that match the job's filter, owned by a user whose role is among the
 * connector's roles (as automation), and that existed when the job began.
 */
function records(
  d: SourceDeps,
  job: BulkJobEntity,
  c: ConnectorEntity,
): { qb: SelectQueryBuilder<RecordRow>; alias: string } {
  const kind = (c.entityType === 'CONTACT' ? d.contacts : d.loans).recordKind();
  const a = kind.alias;
  const qb = d.ds
    .getRepository<RecordRow>(kind.entity)
    .createQueryBuilder(a)
    .innerJoin(UserEntity, 'u', `u.id = ${a}.ownerId`)
    .where(`${a}.organizationId = :org`, { org: job.organizationId })
    .andWhere(`${a}.createdAt <= :began`, { began: job.createdAt });
  if (c.roleIds.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere('u.roleId IN (:...roles)', { roles: c.roleIds });
  const s = searchPattern(job.selection.search);
  if (s) qb.andWhere(kind.search, { s });
  if (job.selection.updatedSince)
    qb.andWhere(`${a}.updatedAt >= :since`, { since: new Date(job.selection.updatedSince) });
  return { qb, alias: a };
}

async function valueContext(d: SourceDeps, organizationId: string): Promise<ValueContext> {
  const [org, defs] = await Promise.all([
    lookups.organization(d.reads, organizationId),
    d.customFields.cachedList(organizationId),
  ]);
  return { storesBirthYear: org?.storesBirthYear ?? true, customFields: defs };
}

const push: BulkSource = {
  count: (d, job, c) => records(d, job, c).qb.getCount(),

  async page(d, job, c, after, limit) {
    const { qb, alias } = records(d, job, c);
    const rows = await qb
      .andWhere(`${alias}.id > :after`, { after: after ?? '' })
      .orderBy(`${alias}.id`, 'ASC')
      .limit(limit)
      .getMany();
    if (rows.length === 0) return { runs: [], last: null };
    const ctx = await valueContext(d, job.organizationId);
    const borrowers =
      c.entityType === 'LOAN' ? await borrowersOf(d, rows as unknown as LoanEntity[]) : null;
    const runs: PushRunEntity[] = [];
    for (const r of rows) {
      const owner = await lookups.user(d.reads, r.ownerId);
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
    return { runs, last: rows.at(-1)!.id };
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
    return { runs, last: rows.at(-1)?.id ?? null };
  },
};

/** Each kind of bulk job's items. */
export const SOURCES: Record<BulkJobKind, BulkSource> = { PUSH: push, REPLAY: replay };
