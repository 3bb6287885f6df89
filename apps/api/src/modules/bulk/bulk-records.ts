import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { CONTACT_KIND } from '../records/contact.service.js';
import { LOAN_KIND } from '../records/loan.service.js';
import { searchPattern, type RecordKind, type RecordRow } from '../records/record-base.js';
import type { BulkJobEntity } from './bulk-job.entity.js';

/**
 * Owners given to a page's query as a list up to this many (MariaDB turns an IN list of 1,000 or
 * more into a subquery, and joins it first); past it, a page is filtered by owner in the app.
 */
export const INLINE_OWNERS = 500;
/** The index a page walks: (organizationId, id), in id order, stopping at the page's size. */
const KEYSET = { Contact: 'ix_contact_keyset', Loan: 'ix_loan_keyset' } as const;

const kindOf = (c: Connector): RecordKind<RecordRow> =>
  c.entityType === 'CONTACT' ? CONTACT_KIND : LOAN_KIND;

type Job = Pick<BulkJobEntity, 'organizationId' | 'createdAt' | 'selection'>;
type Connector = Pick<ConnectorEntity, 'entityType' | 'roleIds'>;

/** The ids of the users whose role is among the connector's: null when more than INLINE_OWNERS. */
async function ownersOf(ds: DataSource, job: Job, c: Connector): Promise<string[] | null> {
  if (c.roleIds.length === 0) return [];
  const users = await ds.getRepository(UserEntity).find({
    select: { id: true },
    where: { organizationId: job.organizationId, roleId: In(c.roleIds) },
    take: INLINE_OWNERS + 1,
  });
  return users.length > INLINE_OWNERS ? null : users.map((u) => u.id);
}

/** The job's filter and the connector's record type, owners aside. */
function filtered(ds: DataSource, job: Job, c: Connector): SelectQueryBuilder<RecordRow> {
  const kind = kindOf(c);
  const a = kind.alias;
  const qb = ds
    .getRepository<RecordRow>(kind.entity)
    .createQueryBuilder(a)
    .where(`${a}.organizationId = :org`, { org: job.organizationId })
    .andWhere(`${a}.createdAt <= :began`, { began: job.createdAt });
  const s = searchPattern(job.selection.search);
  if (s) qb.andWhere(kind.search, { s });
  if (job.selection.updatedSince)
    qb.andWhere(`${a}.updatedAt >= :since`, { since: new Date(job.selection.updatedSince) });
  return qb;
}

const ownedBy = (qb: SelectQueryBuilder<RecordRow>, owners: string[]) =>
  owners.length === 0
    ? qb.andWhere('1 = 0')
    : qb.andWhere(`${qb.alias}.ownerId IN (:...owners)`, { owners });

/**
 * How many of the connector's records match the job's filter, owned by a user whose role is among
 * the connector's roles (as automation), and existed when the job began (counted once a job).
 */
export async function countJobRecords(ds: DataSource, job: Job, c: Connector): Promise<number> {
  const owners = await ownersOf(ds, job, c);
  const qb = filtered(ds, job, c);
  if (owners) ownedBy(qb, owners);
  else
    qb.innerJoin(UserEntity, 'u', `u.id = ${qb.alias}.ownerId`).andWhere(
      'u.roleId IN (:...roles)',
      {
        roles: c.roleIds,
      },
    );
  return qb.getCount();
}

/**
 * The next keyset page of those records: the query of up to `limit` after `after`, by id; and
 * whether its rows still need the owner's role checked (`byOwner`: too many owners to list).
 *
 * Never joined to app_user: MariaDB then reads the owners first, then every record of theirs,
 * and sorts them all for each page (83,000 rows read for a page of 250 at 100,000 records: two
 * thirds of the database's time in bench:bulk). Walking (organizationId, id) reads a page's rows
 * and the ones it skips, whichever owners it keeps.
 */
export async function jobRecordPage(
  ds: DataSource,
  job: Job,
  c: Connector,
  after: string | null,
  limit: number,
): Promise<{ qb: SelectQueryBuilder<RecordRow>; byOwner: boolean }> {
  const owners = await ownersOf(ds, job, c);
  const qb = filtered(ds, job, c);
  if (owners) ownedBy(qb, owners);
  const a = qb.alias;
  // MySQL/MariaDB only (TypeORM leaves it out elsewhere): else it may take ix_*_owner and sort.
  qb.useIndex(KEYSET[kindOf(c).label])
    .andWhere(`${a}.id > :after`, { after: after ?? '' })
    .orderBy(`${a}.id`, 'ASC')
    .limit(limit);
  return { qb, byOwner: owners === null };
}
