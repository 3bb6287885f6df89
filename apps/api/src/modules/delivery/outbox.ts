import type { AutomationTrigger, EntityType, RecordValues } from '@odc/core';
import type { EntityManager } from 'typeorm';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import type { RunTrigger } from '../shared/enums.js';
import { PushRunEntity } from './push-run.entity.js';
import { insertRunsIn } from './run-sql.js';
import { rowId } from '../../db/row-id.js';

export interface NewRun {
  organizationId: string;
  connectorId: string;
  trigger: RunTrigger;
  entityType: EntityType;
  recordId: string;
  recordVersion: number;
  recordOwnerId: string | null;
  initiatedById: string | null;
  snapshot: RecordValues;
  replayOfId?: string | null;
  bulkJobId?: string | null;
  bulkKey?: string | null;
}

export function newRunRow(n: NewRun): PushRunEntity {
  return Object.assign(new PushRunEntity(), {
    id: rowId(),
    organizationId: n.organizationId,
    connectorId: n.connectorId,
    runTrigger: n.trigger,
    entityType: n.entityType,
    recordId: n.recordId,
    recordVersion: n.recordVersion,
    recordOwnerId: n.recordOwnerId,
    initiatedById: n.initiatedById,
    status: 'QUEUED',
    attempts: 0,
    requestMethod: null,
    requestUrl: null,
    requestBody: null,
    responseStatus: null,
    responseBody: null,
    responseValue: null,
    responseValueError: null,
    error: null,
    durationMs: null,
    snapshot: n.snapshot,
    nextAttemptAt: null,
    startedAt: null,
    createdAt: new Date(),
    finishedAt: null,
    replayOfId: n.replayOfId ?? null,
    bulkJobId: n.bulkJobId ?? null,
    bulkKey: n.bulkKey ?? null,
  });
}

/**
 * Whether a connector pushes the records of this owner: only those of a user whose role it was
 * granted (seed 000). Automation and bulk pushes both ask.
 */
export const ownerPushes = (
  c: Pick<ConnectorEntity, 'roleIds'>,
  owner: { roleId: string } | null,
): boolean => !!owner && c.roleIds.includes(owner.roleId);

export interface AutomationEvent {
  organizationId: string;
  entityType: EntityType;
  trigger: AutomationTrigger;
  recordId: string;
  recordVersion: number;
  owner: { id: string; roleId: string };
  /** Computed only when some connector matches. */
  values: () => Promise<RecordValues>;
}

/**
 * The outbox: inside the record change's transaction, one QUEUED run per published connector
 * whose entity type and trigger match and whose roles include the record owner's role.
 */
export async function insertAutomationRuns(
  m: EntityManager,
  e: AutomationEvent,
): Promise<PushRunEntity[]> {
  const connectors = await m.find(ConnectorEntity, {
    where: { organizationId: e.organizationId, entityType: e.entityType, published: true },
    select: { id: true, automationTriggers: true, roleIds: true },
  });
  const matching = connectors.filter(
    (c) => c.automationTriggers.includes(e.trigger) && ownerPushes(c, e.owner),
  );
  if (matching.length === 0) return [];
  const snapshot = await e.values();
  const rows = matching.map((c) =>
    newRunRow({
      organizationId: e.organizationId,
      connectorId: c.id,
      trigger: e.trigger,
      entityType: e.entityType,
      recordId: e.recordId,
      recordVersion: e.recordVersion,
      recordOwnerId: e.owner.id,
      initiatedById: null,
      snapshot,
    }),
  );
  await insertRunsIn(m, rows);
  return rows;
}
