import type { AutomationTrigger, EntityType, RecordValues } from '@odc/core';
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { canManage, type Viewer } from '../identity/access.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { Dispatcher } from '../runs/dispatcher.js';
import { insertAutomationRuns } from '../runs/outbox.js';
import type { PushRunEntity } from '../runs/push-run.entity.js';
import { forbidden, type FieldError } from '../shared/errors.js';
import type { CustomFieldService } from './custom-field.service.js';
import type { ValueContext } from './record-values.js';

/** What contacts and loans share: owners, visibility, value context and the automation outbox. */
export abstract class RecordBase {
  constructor(
    protected readonly ds: DataSource,
    protected readonly customFields: CustomFieldService,
    protected readonly dispatcher: Dispatcher,
  ) {}

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

  protected visibleWhere(viewer: Viewer, id: string) {
    return canManage(viewer)
      ? { id, organizationId: viewer.organizationId }
      : { id, organizationId: viewer.organizationId, ownerId: viewer.userId };
  }

  /** The owner for a create/update: the caller by default; another user needs MANAGE. */
  protected async owner(
    m: EntityManager,
    viewer: Viewer,
    ownerId: string | null | undefined,
    fields: FieldError[],
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
  protected forChange<E extends ObjectLiteral>(
    m: EntityManager,
    entity: EntityTarget<E>,
    where: FindOptionsWhere<E>,
  ): Promise<E | null> {
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
    const runs: PushRunEntity[] = [];
    const result = await this.ds.transaction((m) => work(m, runs));
    await this.dispatcher.dispatch(runs);
    return result;
  }
}
