import type { ConnectorService } from '../connectors/connector.service.js';
import { canManage, type Viewer } from '../shared/access.js';
import { newRunRow } from '../delivery/outbox.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import type { RunService } from '../runs/run.service.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';

const FINAL = new Set(['SUCCESS', 'FAILURE']);

/** A finished run pushed again: its record snapshot, the connector's current setup. */
export class ReplayService {
  constructor(
    private readonly connectors: ConnectorService,
    private readonly runs: RunService,
  ) {}

  /**
   * Checked in this order: the run is one the caller may see (else NOT_FOUND); the caller has
   * MANAGE or a role that may push with the connector (FORBIDDEN); the connector is on and the
   * run final (CONFLICT).
   */
  async replayRun(viewer: Viewer, runId: string): Promise<PushRunEntity> {
    const run = await this.runs.get(viewer, runId);
    if (!run) throw notFound('Push run');
    const connector = await this.connectors.find(viewer, run.connectorId);
    if (!connector) throw notFound('Connector');
    if (!canManage(viewer) && !connector.roleIds.includes(viewer.roleId))
      throw forbidden('Your role may not push with this connector');
    if (!connector.published) throw conflict('The connector is off: turn it on to replay');
    if (!FINAL.has(run.status))
      throw conflict('The run has not finished: replay it once it is SUCCESS or FAILURE');
    return this.runs.start(
      newRunRow({
        organizationId: run.organizationId,
        connectorId: run.connectorId,
        trigger: 'REPLAY',
        entityType: run.entityType,
        recordId: run.recordId,
        recordVersion: run.recordVersion,
        recordOwnerId: run.recordOwnerId,
        initiatedById: viewer.userId,
        snapshot: run.snapshot,
        replayOfId: run.id,
      }),
    );
  }
}
