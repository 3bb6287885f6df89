import type { RunStatus } from '@odc/core';
import { In, type DataSource } from 'typeorm';
import { canSeeConnectors, type Viewer } from '../identity/access.js';
import { badInput } from '../shared/errors.js';
import { checkPage, pageOf, type Page, type PageArgs } from '../shared/paging.js';
import { PushRunEntity, type RunTrigger } from '../runs/push-run.entity.js';
import { MAX_DAYS, firstDay, runDays, type RunDay } from './run-days.js';
import { RunCounter } from './run-count.js';
import { textMatch, type Dialect, type SqlPart } from './text-match.js';

export interface RunSearchFilter {
  connectorId?: string | null;
  status?: RunStatus | null;
  trigger?: RunTrigger | null;
  recordId?: string | null;
  text?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Longest search text (as the records' search). */
const MAX_TEXT = 200;

/** A date as both drivers store datetime(3): UTC 'YYYY-MM-DD HH:MM:SS.mmm'. */
const dbDate = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** A datetime column read raw: mysql2 gives a Date, better-sqlite3 the stored text. */
const dayOf = (v: Date | string) =>
  typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

/**
 * Run search and daily figures over millions of runs. A page is read in two steps: the ids of the
 * page from an index alone (ORDER BY createdAt, id over the filter's index, so page 500 skips
 * index entries, not rows with bodies), then those rows by primary key. Indexes: see the
 * migration run-search.ts; the text filter: text-match.ts.
 */
export class RunHistory {
  private readonly dialect: Dialect;
  private readonly counter = new RunCounter();

  constructor(private readonly ds: DataSource) {
    this.dialect = ds.options.type === 'mysql' ? 'mysql' : 'sqlite';
  }

  /** The runs the viewer may see that match, newest first. */
  async search(
    viewer: Viewer,
    filter: RunSearchFilter,
    page: PageArgs,
  ): Promise<Page<PushRunEntity>> {
    checkPage(page);
    const text = filter.text?.trim() ?? '';
    if ([...text].length > MAX_TEXT)
      throw badInput([
        { path: 'filter.text', message: `Search text is at most ${MAX_TEXT} characters` },
      ]);
    const f = { ...filter, text };
    if (f.connectorId && !(await this.ownConnector(viewer, f.connectorId)))
      return pageOf([], 0, page);
    const index = indexFor(viewer, f);
    const where = this.where(viewer, f, !BY_CONNECTOR.includes(index ?? ''));
    const offset = (page.pageSize * (page.page - 1)) | 0;
    const hint = this.dialect === 'mysql' && index ? ` FORCE INDEX (${index})` : '';
    const from = `push_run r${hint}`;
    const [ids, total] = await Promise.all([
      this.ds.query(
        `SELECT r.id FROM ${from} WHERE ${where.sql} ORDER BY r.createdAt DESC, r.id DESC LIMIT ? OFFSET ?`,
        [...where.params, page.pageSize, offset],
      ) as Promise<{ id: string }[]>,
      this.counter.count(countKey(viewer, f), async (extra) => {
        const sql = extra ? `${where.sql} AND ${extra.sql}` : where.sql;
        const params = extra ? [...where.params, dbDate(extra.at)] : where.params;
        const rows = (await this.ds.query(
          `SELECT COUNT(*) AS n FROM push_run r WHERE ${sql}`,
          params,
        )) as { n: number | string }[];
        return Number(rows[0]?.n ?? 0);
      }),
    ]);
    const rows = ids.length
      ? await this.ds.getRepository(PushRunEntity).findBy({ id: In(ids.map((r) => r.id)) })
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ids.flatMap((r) => byId.get(r.id) ?? []);
    return pageOf(items, total, page);
  }

  /** Is this connector the viewer's organization's? (Then its runs need no organization test.) */
  private async ownConnector(viewer: Viewer, id: string): Promise<boolean> {
    const rows = (await this.ds.query('SELECT organizationId FROM connector WHERE id = ?', [
      id,
    ])) as { organizationId: string }[];
    return rows[0]?.organizationId === viewer.organizationId;
  }

  /** One entry per UTC day ending today, oldest first: finished non-test runs the viewer may see. */
  async stats(
    viewer: Viewer,
    connectorId: string,
    days: number,
    now = new Date(),
  ): Promise<RunDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      throw badInput([{ path: 'days', message: `Days must be between 1 and ${MAX_DAYS}` }]);
    const seen = this.visibility(viewer);
    if (!(await this.ownConnector(viewer, connectorId))) return runDays([], days, now);
    const rows = (await this.ds.query(
      `SELECT r.finishedAt AS finishedAt, r.status AS status, r.durationMs AS durationMs
         FROM push_run r
        WHERE r.connectorId = ? AND r.finishedAt >= ? AND r.runTrigger <> 'TEST'
          AND r.status IN ('SUCCESS', 'FAILURE')${seen ? ` AND ${seen.sql}` : ''}`,
      [connectorId, dbDate(firstDay(days, now)), ...(seen?.params ?? [])],
    )) as { finishedAt: Date | string; status: string; durationMs: number | null }[];
    return runDays(
      rows.map((r) => ({
        day: dayOf(r.finishedAt),
        succeeded: r.status === 'SUCCESS',
        durationMs: r.durationMs === null ? null : Number(r.durationMs),
      })),
      days,
      now,
    );
  }

  /** Without `byOrg`, a connector's runs (all of its organization: ownConnector) by its index. */
  private where(viewer: Viewer, f: RunSearchFilter & { text: string }, byOrg: boolean): SqlPart {
    const parts: SqlPart[] = [];
    const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
    if (byOrg) add('r.organizationId = ?', viewer.organizationId);
    const seen = this.visibility(viewer);
    if (seen) parts.push(seen);
    if (f.connectorId) add('r.connectorId = ?', f.connectorId);
    if (f.status) add('r.status = ?', f.status);
    if (f.trigger) add('r.runTrigger = ?', f.trigger);
    if (f.recordId) add('r.recordId = ?', f.recordId);
    if (f.text) parts.push(textMatch(this.dialect, 'r', f.text));
    if (f.from || f.to) parts.push(window(f.from ?? null, f.to ?? null));
    return {
      sql: parts.map((p) => p.sql).join(' AND '),
      params: parts.flatMap((p) => p.params),
    };
  }

  /** Without connector access: the runs they started and those of records they own. */
  private visibility(viewer: Viewer): SqlPart | null {
    if (canSeeConnectors(viewer)) return null;
    return {
      sql: '(r.initiatedById = ? OR r.recordOwnerId = ?)',
      params: [viewer.userId, viewer.userId],
    };
  }
}

/** finishedAt in [from, to), or createdAt for open runs: two ranges of ix_run_org_finished. */
function window(from: Date | null, to: Date | null): SqlPart {
  const range = (col: string) =>
    [from && `${col} >= ?`, to && `${col} < ?`].filter(Boolean).join(' AND ');
  const params = [from, to].filter((d): d is Date => d !== null).map(dbDate);
  return {
    sql: `((${range('r.finishedAt')}) OR (r.finishedAt IS NULL AND ${range('r.createdAt')}))`,
    params: [...params, ...params],
  };
}

/**
 * MariaDB/MySQL: the index a page is read through, by the most selective filter given. Its
 * optimizer otherwise walks ix_run_org newest first and tests every row for a connector or a
 * window, reading a million rows when few match. None for text (the FULLTEXT index leads) or for a
 * viewer without connector access and no narrower filter (their two indexes are merged).
 */
function indexFor(viewer: Viewer, f: RunSearchFilter & { text: string }): string | null {
  if (f.text) return null;
  if (f.recordId) return 'ix_run_org_record';
  if (f.from || f.to) return f.connectorId ? 'ix_run_stats' : 'ix_run_org_finished';
  if (f.connectorId) return 'ix_run_connector';
  if (!canSeeConnectors(viewer)) return null;
  if (f.status) return 'ix_run_org_status';
  if (f.trigger) return 'ix_run_org_trigger';
  return 'ix_run_org';
}

/** Indexes that start with connectorId: no organization test is needed (or could use them). */
const BY_CONNECTOR = ['ix_run_connector', 'ix_run_stats'];

/** The count cache's key (run-count.ts), or null to count exactly: a text or record filter. */
function countKey(viewer: Viewer, f: RunSearchFilter & { text: string }): string | null {
  if (f.text || f.recordId) return null;
  const who = canSeeConnectors(viewer)
    ? viewer.organizationId
    : `${viewer.organizationId}/${viewer.userId}`;
  const when = [f.from, f.to].map((d) => d?.toISOString() ?? '');
  return [who, f.connectorId, f.status, f.trigger, ...when].join('|');
}
