import type { AutomationTrigger, EntityType, RecordValues } from '@odc/core';
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { canManage, type Viewer } from '../shared/access.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { Dispatcher } from '../delivery/dispatcher.js';
import { insertAutomationRuns } from '../delivery/outbox.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import {
  assertNoFieldErrors,
  badInput,
  forbidden,
  notFound,
  type FieldIssue,
} from '../shared/errors.js';
import { checkPage, pageOf, type Page, type PageArgs } from '../shared/paging.js';
import type { CustomFieldService } from '../custom-fields/custom-field.service.js';
import type { ValueContext } from './record-values.js';
import { transaction } from '../../db/transactions.js';
import { takeReplay } from '../../db/idempotency-scope.js';

/** The columns every record has. */
export interface RecordRow {
  id: string;
  organizationId: string;
  ownerId: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_SEARCH_LENGTH = 200;

/** The LIKE pattern of a search (`:s` of the search conditions); null when blank. */
export function searchPattern(search: string | null | undefined): string | null {
  const s = search?.trim().toLowerCase();
  // % and _ are literal: escaped with ! (the search conditions say ESCAPE '!').
  return s ? `%${s.replace(/[!%_]/g, '!$&')}%` : null;
}

/** How one record type is listed: its table, search condition (with :s ESCAPE '!') and order. */
export interface RecordKind<E> {
  entity: EntityTarget<E>;
  label: 'Contact' | 'Loan';
  alias: string;
  search: string;
  orderBy: string[];
}

/**
 * What contacts and loans share: list, get, create, update and delete with their owners,
 * visibility, value context and the automation outbox.
 */
export abstract class RecordBase<E extends RecordRow, I> {
  constructor(
    protected readonly ds: DataSource,
    protected readonly customFields: CustomFieldService,
    protected readonly dispatcher: Dispatcher,
  ) {}

  protected abstract readonly kind: RecordKind<E>;

  /** Validates input into the row to save (bumping the version), saves it, queues its pushes. */
  protected abstract write(
    m: EntityManager,
    viewer: Viewer,
    input: I,
    existing: E | null,
    runs: PushRunEntity[],
  ): Promise<E>;

  /** The automation runs of one change of the record. */
  protected abstract pushes(
    m: EntityManager,
    viewer: Viewer,
    trigger: AutomationTrigger,
    record: E,
    owner: UserEntity,
  ): Promise<PushRunEntity[]>;

  async list(viewer: Viewer, args: PageArgs & { search?: string | null }): Promise<Page<E>> {
    checkPage(args);
    const { entity, alias, search, orderBy } = this.kind;
    const qb = this.scope(this.ds.getRepository(entity).createQueryBuilder(alias), viewer, alias);
    if (args.search && args.search.length > MAX_SEARCH_LENGTH)
      throw badInput([
        { path: 'search', message: `Search must be at most ${MAX_SEARCH_LENGTH} characters` },
      ]);
    const s = searchPattern(args.search);
    if (s) qb.andWhere(search, { s });
    for (const column of orderBy) qb.addOrderBy(`${alias}.${column}`, 'ASC');
    const [items, total] = await qb
      .addOrderBy(`${alias}.id`, 'ASC')
      .skip((args.page - 1) * args.pageSize)
      .take(args.pageSize)
      .getManyAndCount();
    return pageOf(items, total, args);
  }

  get(viewer: Viewer, id: string): Promise<E | null> {
    return this.ds.getRepository(this.kind.entity).findOneBy(this.visibleWhere(viewer, id));
  }

  create(viewer: Viewer, input: I): Promise<E> {
    return this.change((m, runs) => this.write(m, viewer, input, null, runs));
  }

  update(viewer: Viewer, id: string, input: I): Promise<E> {
    return this.change(async (m, runs) => {
      const existing = await this.forChange(m, this.kind.entity, this.visibleWhere(viewer, id));
      if (!existing) throw notFound(this.kind.label);
      return this.write(m, viewer, input, existing, runs);
    });
  }

  /** Deletes the record; its ON_DELETE pushes carry its last state. */
  delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.change(async (m, runs) => {
      const existing = await this.forChange(m, this.kind.entity, this.visibleWhere(viewer, id));
      if (!existing) throw notFound(this.kind.label);
      const owner = await m.findOneBy(UserEntity, { id: existing.ownerId });
      const last = Object.assign(existing, { version: existing.version + 1 });
      if (owner) runs.push(...(await this.pushes(m, viewer, 'ON_DELETE', last, owner)));
      await m.delete(this.kind.entity, { id } as FindOptionsWhere<E>);
      return true;
    });
  }

  /** A save's version and times: a new record is version 0, each change adds one. */
  protected stamp(existing: E | null): Pick<RecordRow, 'version' | 'createdAt' | 'updatedAt'> {
    const now = new Date();
    return {
      version: existing ? existing.version + 1 : 0,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
  }

  /**
   * The row written (over `existing`, or new) with its automation runs, unless the input had
   * field issues: then nothing is written and the save fails with every issue named.
   */
  protected async store(
    m: EntityManager,
    viewer: Viewer,
    issues: FieldIssue[],
    row: E,
    existing: E | null,
    owner: UserEntity | null,
    runs: PushRunEntity[],
  ): Promise<E> {
    assertNoFieldErrors(issues);
    // TypeORM types a generic entity's values loosely: the row is a whole E.
    const repo = m.getRepository<RecordRow>(this.kind.entity as EntityTarget<RecordRow>);
    if (existing) await repo.update({ id: row.id }, row);
    else await repo.insert(row);
    const trigger = existing ? 'ON_UPDATE' : 'ON_CREATE';
    // No issues: the owner was found.
    runs.push(...(await this.pushes(m, viewer, trigger, row, owner!)));
    return row;
  }

  /** MANAGE sees every record of the organization; others see the ones they own. */
  protected scope<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    viewer: Viewer,
    alias: string,
  ) {
    qb.where(`${alias}.organizationId = :org`, { org: viewer.organizationId });
    if (!canManage(viewer)) qb.andWhere(`${alias}.ownerId = :me`, { me: viewer.userId });
    return qb;
  }

  protected visibleWhere(viewer: Viewer, id: string): FindOptionsWhere<E> {
    return (
      canManage(viewer)
        ? { id, organizationId: viewer.organizationId }
        : { id, organizationId: viewer.organizationId, ownerId: viewer.userId }
    ) as FindOptionsWhere<E>;
  }

  /** The owner for a create (the caller by default) or an update (unchanged by default); another user needs MANAGE. */
  protected async owner(
    m: EntityManager,
    viewer: Viewer,
    ownerId: string | null | undefined,
    fields: FieldIssue[],
  ): Promise<UserEntity | null> {
    const id = ownerId ?? viewer.userId;
    if (id !== viewer.userId && !canManage(viewer))
      throw forbidden('Only MANAGE may give a record to another owner');
    const user = await m.findOneBy(UserEntity, { id, organizationId: viewer.organizationId });
    if (!user) fields.push({ path: 'input.ownerId', message: 'No such user in this organization' });
    return user;
  }

  protected async valueContext(m: EntityManager, organizationId: string): Promise<ValueContext> {
    const org = await m.findOneBy(OrganizationEntity, { id: organizationId });
    return {
      storesBirthYear: org?.storesBirthYear ?? true,
      customFields: await this.customFields.list(organizationId, m),
    };
  }

  /**
   * The record to change, row-locked on MySQL until the transaction ends (SQLite runs one write
   * transaction at a time), so concurrent changes get consecutive versions.
   */
  protected forChange<T extends ObjectLiteral>(
    m: EntityManager,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
  ): Promise<T | null> {
    const mysql = m.connection.options.type === 'mysql';
    return m.findOne(entity, { where, ...(mysql ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  protected automation(
    m: EntityManager,
    viewer: Viewer,
    entityType: EntityType,
    trigger: AutomationTrigger,
    record: { id: string; version: number },
    owner: UserEntity,
    values: (ctx: ValueContext) => RecordValues,
  ): Promise<PushRunEntity[]> {
    return insertAutomationRuns(m, {
      organizationId: viewer.organizationId,
      entityType,
      trigger,
      recordId: record.id,
      recordVersion: record.version,
      owner,
      values: async () => values(await this.valueContext(m, viewer.organizationId)),
    });
  }

  /** Runs a record change and its outbox rows in one transaction, then dispatches the runs. */
  protected async change<T>(
    work: (m: EntityManager, runs: PushRunEntity[]) => Promise<T>,
  ): Promise<T> {
    // A retry under an Idempotency-Key whose first request's change was saved: its result again.
    const replay = takeReplay();
    if (replay) {
      if (replay.ref === 'true' || replay.ref === 'false') return (replay.ref === 'true') as T;
      const saved = replay.ref
        ? await this.ds
            .getRepository(this.kind.entity)
            .findOneBy({ id: replay.ref } as FindOptionsWhere<E>)
        : null;
      if (!saved) throw notFound(this.kind.label);
      return saved as unknown as T;
    }
    const runs: PushRunEntity[] = [];
    const result = await transaction(this.ds, (m) => work(m, runs));
    await this.dispatcher.dispatch(runs);
    return result;
  }
}
