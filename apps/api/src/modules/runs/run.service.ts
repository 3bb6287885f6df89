import {
  contactValues,
  loanValues,
  sampleRecord,
  type ContactRecord,
  type LoanRecord,
} from '@odc/core';
import type { DataSource } from 'typeorm';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import { canManage, canSeeConnectors, type Viewer } from '../shared/access.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { CustomFieldService } from '../custom-fields/custom-field.service.js';
import { snapshotOf } from '../records/record-snapshot.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { takeReplay } from '../../db/idempotency-scope.js';
import type { Dispatcher } from '../delivery/dispatcher.js';
import { newRunRow } from '../delivery/outbox.js';
import { PushAttemptEntity } from '../delivery/push-attempt.entity.js';
import { PushRunEntity } from '../delivery/push-run.entity.js';
import type { RunSql } from '../delivery/run-sql.js';
import type { FindOne } from '../../db/batch/reads.js';
import type { RunAudience } from './run.mapper.js';

/** READ_ONLY and MANAGE see every run; others the runs they started and those of records they own. */
export function canSeeRun(viewer: Viewer | null, run: RunAudience): boolean {
  if (!viewer || run.organizationId !== viewer.organizationId) return false;
  if (canSeeConnectors(viewer)) return true;
  return run.initiatedById === viewer.userId || run.recordOwnerId === viewer.userId;
}

export class RunService {
  constructor(
    private readonly ds: DataSource,
    private readonly connectors: ConnectorService,
    private readonly customFields: CustomFieldService,
    private readonly dispatcher: Dispatcher,
    private readonly sql: RunSql,
    private readonly reads: FindOne,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PushRunEntity | null> {
    const run = await this.ds
      .getRepository(PushRunEntity)
      .findOneBy({ id, organizationId: viewer.organizationId });
    return run && canSeeRun(viewer, run) ? run : null;
  }

  attempts(runId: string): Promise<PushAttemptEntity[]> {
    return this.ds
      .getRepository(PushAttemptEntity)
      .find({ where: { runId }, order: { attemptNumber: 'ASC' } });
  }

  /** Manual push, checked in the contract's order: NOT_FOUND, FORBIDDEN, CONFLICT, NOT_FOUND. */
  async trigger(viewer: Viewer, connectorId: string, recordId: string): Promise<PushRunEntity> {
    const cached = await this.connectors.cached(connectorId);
    const connector = cached?.organizationId === viewer.organizationId ? cached : null;
    if (!connector) throw notFound('Connector');
    if (!connector.roleIds.includes(viewer.roleId))
      throw forbidden('Your role may not push with this connector');
    if (!connector.published) throw conflict('The connector is off: turn it on to push');
    const snap = await this.snapshot(viewer, connector, recordId);
    return this.start(
      newRunRow({
        organizationId: viewer.organizationId,
        connectorId: connector.id,
        trigger: 'MANUAL',
        entityType: connector.entityType,
        recordId,
        recordVersion: snap.version,
        recordOwnerId: snap.ownerId,
        initiatedById: viewer.userId,
        snapshot: snap.values,
      }),
    );
  }

  /** A test push (MANAGE; works while off); without recordId a sample record is made up. */
  async test(
    viewer: Viewer,
    connectorId: string,
    recordId?: string | null,
  ): Promise<PushRunEntity> {
    if (!canManage(viewer)) throw forbidden();
    const connector = await this.connectors.find(viewer, connectorId);
    if (!connector) throw notFound('Connector');
    let values;
    let ownerId: string | null = null;
    let version = 0;
    if (recordId) {
      const snap = await this.snapshot(viewer, connector, recordId);
      values = snap.values;
      ownerId = snap.ownerId;
      version = snap.version;
    } else {
      values = await this.sampleValues(viewer, connector);
    }
    return this.start(
      newRunRow({
        organizationId: viewer.organizationId,
        connectorId: connector.id,
        trigger: 'TEST',
        entityType: connector.entityType,
        recordId: recordId ?? `sample-${connector.entityType.toLowerCase()}`,
        recordVersion: version,
        recordOwnerId: ownerId,
        initiatedById: viewer.userId,
        snapshot: values,
      }),
    );
  }

  /** The record the viewer may see, as pushed; NOT_FOUND when there is none. */
  private async snapshot(viewer: Viewer, connector: ConnectorEntity, recordId: string) {
    const snap = await snapshotOf(
      this.reads,
      this.customFields,
      viewer,
      connector.entityType,
      recordId,
    );
    if (!snap) throw notFound(connector.entityType === 'CONTACT' ? 'Contact' : 'Loan');
    return snap;
  }

  private async sampleValues(viewer: Viewer, connector: ConnectorEntity) {
    const org = await this.ds
      .getRepository(OrganizationEntity)
      .findOneBy({ id: viewer.organizationId });
    const ctx = {
      storesBirthYear: org?.storesBirthYear ?? true,
      customFields: await this.customFields.list(viewer.organizationId),
    };
    // Made up, but owned by whoever tests: staff matching then shows their match.
    const me = await this.ds.getRepository(UserEntity).findOneBy({ id: viewer.userId });
    const sample = {
      ...sampleRecord(connector.entityType, ctx.customFields),
      ...(me ? { owner: { id: me.id, name: me.name, email: me.email } } : {}),
    };
    return connector.entityType === 'CONTACT'
      ? contactValues(sample as ContactRecord, ctx)
      : loanValues(sample as LoanRecord, ctx);
  }

  /** Inserts a new run and queues it (under an Idempotency-Key, a retry gets the saved run). */
  async start(run: PushRunEntity): Promise<PushRunEntity> {
    // A retry under an Idempotency-Key whose first request saved its run: that run, not another.
    const replay = takeReplay();
    if (replay) {
      const saved = replay.ref
        ? await this.ds.getRepository(PushRunEntity).findOneBy({ id: replay.ref })
        : null;
      if (!saved) throw notFound('Push run');
      return saved;
    }
    await this.sql.insertRuns([run]);
    await this.dispatcher.dispatch([run]);
    return run;
  }
}
