import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { transaction } from '../../db/transactions.js';
import { takeReplay } from '../../db/idempotency-scope.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import { canManage, canSeeConnectors, type Viewer } from '../shared/access.js';
import { MAX_SEARCH_LENGTH } from '../records/record-base.js';
import { badInput, conflict, forbidden, notFound } from '../shared/errors.js';
import { checkPage, pageOf, type Page, type PageArgs } from '../shared/paging.js';
import { liveCounts, stateOf, withCounts, type BulkJobState } from './bulk-counts.js';
import type { BulkDriver } from './bulk-driver.js';
import { BulkJobEntity, type BulkJobKind, type BulkSelection } from './bulk-job.entity.js';
import { SOURCES, type SourceDeps } from './bulk-sources.js';

export interface RecordFilter {
  search?: string | null;
  updatedSince?: Date | null;
}

function pushSelection(filter: RecordFilter | null): BulkSelection {
  const search = filter?.search ?? null;
  if (search && search.length > MAX_SEARCH_LENGTH)
    throw badInput([
      { path: 'filter.search', message: `Search must be at most ${MAX_SEARCH_LENGTH} characters` },
    ]);
  return { search, updatedSince: filter?.updatedSince?.toISOString() ?? null };
}

function replaySelection(from: Date, to: Date): BulkSelection {
  if (to.getTime() <= from.getTime())
    throw badInput([{ path: 'to', message: 'To must be after from' }]);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Bulk pushes and bulk replays: started, read, cancelled; driven by BulkDriver. */
export class BulkService {
  constructor(
    private readonly ds: DataSource,
    private readonly connectors: ConnectorService,
    private readonly sources: SourceDeps,
    private readonly driver: BulkDriver,
  ) {}

  /** MANAGE; NOT_FOUND, BAD_USER_INPUT, CONFLICT when off. */
  async bulkPush(viewer: Viewer, connectorId: string, filter: RecordFilter | null) {
    const connector = await this.managed(viewer, connectorId);
    const selection = pushSelection(filter);
    if (!connector.published) throw conflict('The connector is off: turn it on to push');
    return this.begin(viewer, connector, 'PUSH', selection);
  }

  /** MANAGE; NOT_FOUND, BAD_USER_INPUT (to not after from), CONFLICT when off. */
  async replayFailed(viewer: Viewer, connectorId: string, from: Date, to: Date) {
    const connector = await this.managed(viewer, connectorId);
    const selection = replaySelection(from, to);
    if (!connector.published) throw conflict('The connector is off: turn it on to replay');
    return this.begin(viewer, connector, 'REPLAY', selection);
  }

  /** How many records (PUSH) or runs (REPLAY) such a job would select now. MANAGE. */
  async preview(
    viewer: Viewer,
    connectorId: string,
    kind: BulkJobKind,
    filter: { records?: RecordFilter | null; from?: Date; to?: Date },
  ): Promise<number> {
    const connector = await this.managed(viewer, connectorId);
    const selection =
      kind === 'PUSH'
        ? pushSelection(filter.records ?? null)
        : replaySelection(filter.from!, filter.to!);
    const probe = Object.assign(new BulkJobEntity(), {
      organizationId: viewer.organizationId,
      connectorId: connector.id,
      selection,
      createdAt: new Date(),
    });
    return SOURCES[kind].count(this.sources, probe, connector);
  }

  /** MANAGE: a RUNNING job makes no more runs (those made go on); CONFLICT once DONE. */
  async cancel(viewer: Viewer, id: string): Promise<BulkJobState> {
    if (!canManage(viewer)) throw forbidden();
    const job = await this.find(viewer, id);
    if (!job) throw notFound('Bulk job');
    if (job.status === 'DONE') throw conflict('The bulk job has finished');
    if (job.status === 'RUNNING') {
      await this.ds
        .createQueryBuilder()
        .update(BulkJobEntity)
        .set({ status: 'CANCELLED', finishedAt: new Date() })
        .where("id = :id AND status = 'RUNNING'", { id })
        .execute();
    }
    const [state] = await withCounts(this.ds, [(await this.find(viewer, id))!]);
    if (state!.status === 'DONE') throw conflict('The bulk job has finished');
    this.driver.publish(state!);
    return state!;
  }

  async get(viewer: Viewer, id: string): Promise<BulkJobState | null> {
    if (!canSeeConnectors(viewer)) throw forbidden();
    const job = await this.find(viewer, id);
    return job && (await withCounts(this.ds, [job]))[0]!;
  }

  /** Newest first. */
  async list(
    viewer: Viewer,
    connectorId: string | null,
    args: PageArgs,
  ): Promise<Page<BulkJobState>> {
    if (!canSeeConnectors(viewer)) throw forbidden();
    checkPage(args);
    const [items, total] = await this.ds.getRepository(BulkJobEntity).findAndCount({
      where: {
        organizationId: viewer.organizationId,
        ...(connectorId ? { connectorId } : {}),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (args.page - 1) * args.pageSize,
      take: args.pageSize,
    });
    return pageOf(await withCounts(this.ds, items), total, args);
  }

  private find(viewer: Viewer, id: string): Promise<BulkJobEntity | null> {
    return this.ds
      .getRepository(BulkJobEntity)
      .findOneBy({ id, organizationId: viewer.organizationId });
  }

  private async managed(viewer: Viewer, connectorId: string): Promise<ConnectorEntity> {
    if (!canManage(viewer)) throw forbidden();
    const connector = await this.connectors.find(viewer, connectorId);
    if (!connector) throw notFound('Connector');
    return connector;
  }

  /** Saves the job (counting what it selects), then its driver starts here at once. */
  private async begin(
    viewer: Viewer,
    connector: ConnectorEntity,
    kind: BulkJobKind,
    selection: BulkSelection,
  ): Promise<BulkJobState> {
    // A retry under an Idempotency-Key whose first request saved its job: that job.
    const replay = takeReplay();
    if (replay) {
      const saved = replay.ref ? await this.find(viewer, replay.ref) : null;
      if (!saved) throw notFound('Bulk job');
      return (await withCounts(this.ds, [saved]))[0]!;
    }
    const job = Object.assign(new BulkJobEntity(), {
      id: randomUUID(),
      organizationId: viewer.organizationId,
      connectorId: connector.id,
      kind,
      status: 'RUNNING',
      selection,
      total: 0,
      queued: 0,
      succeeded: 0,
      failed: 0,
      settled: false,
      cursorKey: null,
      exhausted: false,
      createdById: viewer.userId,
      createdAt: new Date(),
      finishedAt: null,
      ...this.driver.newLease(),
    } satisfies BulkJobEntity);
    job.total = await SOURCES[kind].count(this.sources, job, connector);
    await transaction(this.ds, async (m) => {
      await m.insert(BulkJobEntity, job);
      return job;
    });
    this.driver.drive(job.id);
    const state = stateOf(job, (await liveCounts(this.ds, [job])).get(job.id)!);
    this.driver.publish(state);
    return state;
  }
}
