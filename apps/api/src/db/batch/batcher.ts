import pRetry from 'p-retry';
import type { Logger } from 'pino';
import { isLostConnection, OutcomeUnknown } from '../outcome.js';

export interface Stmt {
  sql: string;
  params: readonly unknown[];
  /** Runs after the commit (a read that must see it committed, as another process would). */
  afterCommit?: boolean;
  /** The row it writes ("connector:<id>"): statements on one row keep their order (see partition). */
  row?: string;
  /** Running it twice in a row changes nothing more than once (a reset to a fixed value). */
  idempotent?: boolean;
}

export interface StmtResult {
  /** Rows changed (writes) */
  affected: number;
  /** Rows read (SELECT) */
  rows: Record<string, unknown>[];
}

/** Why a commit failed, and whether that certainly left nothing applied. */
export class CommitFailed extends Error {
  constructor(
    override readonly cause: unknown,
    /** true: rolled back, safe to try again; false: committed, or not known (connection lost) */
    readonly rolledBack: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Runs groups of statements; each call is one transaction, all or nothing. */
export interface BatchExecutor {
  /**
   * Every group's statements in order in one transaction, then (after COMMIT) their afterCommit
   * statements in order; a result per statement, in each group's order. Throws CommitFailed.
   */
  runAll(groups: readonly Stmt[][]): Promise<StmtResult[][]>;
  /** A rolled-back failure worth another try as is (a deadlock victim, a lock wait timeout). */
  transient(cause: unknown): boolean;
  close(): Promise<void>;
}

interface Pending {
  stmts: Stmt[];
  size: number;
  resolve: (results: StmtResult[]) => void;
  reject: (err: unknown) => void;
}

/** Most groups and statement text (bytes, roughly) in one commit. */
const MAX_GROUPS = 256;
const MAX_BYTES = 4 * 1024 * 1024;
/** Tries of a group alone when its failure was transient (p-retry, from 5 to 10 ms apart, growing). */
const MAX_TRIES = 8;

/**
 * Kept by hand (a product rule, no library does it): group commit, with its split on failure.
 *
 * Group commit: statement groups submitted while a commit is under way wait for it, then go
 * together in the next one: one round trip and one log flush for many pushes. A group is atomic
 * and runs in submission order. When a shared commit fails (a constraint, a deadlock), nothing of
 * it was applied and each group is retried in its own transaction, so one bad group fails alone.
 */
export class StatementBatcher {
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly executor: BatchExecutor,
    private readonly logger: Logger,
    /** Commits that may be under way at once (connections) */
    private readonly parallel = 1,
  ) {}

  submit(stmts: Stmt[]): Promise<StmtResult[]> {
    if (this.closed) return Promise.reject(new Error('The database writer is closed'));
    return new Promise((resolve, reject) => {
      const size = stmts.reduce((n, s) => n + s.sql.length + paramsSize(s.params), 0);
      this.queue.push({ stmts, size, resolve, reject });
      this.schedule();
    });
  }

  /** Flushes on the next turn, so statements submitted in the same turn share the commit. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.parallel || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= this.parallel || this.queue.length === 0) return;
    const batch = this.take();
    this.inFlight++;
    try {
      await this.commit(batch);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  private take(): Pending[] {
    let bytes = 0;
    let n = 0;
    while (n < this.queue.length && n < MAX_GROUPS) {
      bytes += this.queue[n]!.size;
      if (n > 0 && bytes > MAX_BYTES) break;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      const results = await this.executor.runAll(batch.map((p) => p.stmts));
      batch.forEach((p, i) => p.resolve(results[i]!));
      return;
    } catch (err) {
      const failed = asFailed(err);
      // Committed, or unknown: trying again could apply a group twice.
      const alone =
        failed.rolledBack && (batch.length > 1 || this.executor.transient(failed.cause));
      if (!alone) {
        for (const p of batch) p.reject(rejection(failed, p.stmts));
        return;
      }
      this.logger.debug({ err: failed.cause, groups: batch.length }, 'shared commit failed');
    }
    for (const p of batch) await this.commitAlone(p);
  }

  private async commitAlone(p: Pending): Promise<void> {
    try {
      const [results] = await pRetry(() => this.executor.runAll([p.stmts]), {
        retries: MAX_TRIES - 1,
        minTimeout: 5,
        factor: 1.3,
        randomize: true,
        // Only what was certainly rolled back and is worth another try as is.
        shouldRetry: ({ error }) => {
          const failed = asFailed(error);
          return failed.rolledBack && this.executor.transient(failed.cause);
        },
      });
      p.resolve(results!);
    } catch (err) {
      p.reject(rejection(asFailed(err), p.stmts));
    }
  }

  /** Waits for what was submitted, then closes the executor. */
  async close(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0 || this.scheduled) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    this.closed = true;
    await this.executor.close();
  }
}

/** A group with writes whose commit may have landed (connection lost): OutcomeUnknown. */
function rejection(failed: CommitFailed, stmts: readonly Stmt[]): unknown {
  const writes = stmts.some((s) => !s.afterCommit && !/^\s*SELECT\b/i.test(s.sql));
  return !failed.rolledBack && writes && isLostConnection(failed.cause)
    ? new OutcomeUnknown(failed.cause)
    : failed.cause;
}

function asFailed(err: unknown): CommitFailed {
  return err instanceof CommitFailed ? err : new CommitFailed(err, false);
}

function paramsSize(params: readonly unknown[]): number {
  let n = 0;
  for (const p of params) n += typeof p === 'string' ? p.length : 8;
  return n;
}

/** What a statement left out of a commit (see partition) reports. */
export const LEFT_OUT: StmtResult = Object.freeze({ affected: 0, rows: [] });

/**
 * The statements of every group that run inside the transaction, and those after its commit.
 * An idempotent statement whose next statement on the same row in this commit is the very same
 * one is left out (it reports LEFT_OUT): pushes finishing together reset their connector's
 * failure streak once per commit, not once each. Only a repeat with nothing else on that row in
 * between goes, so a count or check on the row still sees every reset before it. The row is then
 * locked from the kept statement on rather than from the first: another transaction's change to
 * it may land in between, which is the order it would have had had it come a moment earlier.
 */
export function partition(groups: readonly Stmt[][]): { inTx: Stmt[]; after: Stmt[] } {
  const inTx: Stmt[] = [];
  const after: Stmt[] = [];
  for (const g of groups) for (const s of g) (s.afterCommit ? after : inTx).push(s);
  return { inTx: withoutRepeats(inTx), after };
}

function withoutRepeats(stmts: Stmt[]): Stmt[] {
  if (!stmts.some((s) => s.idempotent)) return stmts;
  const nextOnRow = new Map<string, Stmt>();
  const kept: Stmt[] = [];
  for (let i = stmts.length - 1; i >= 0; i--) {
    const s = stmts[i]!;
    if (s.row !== undefined) {
      const next = nextOnRow.get(s.row);
      nextOnRow.set(s.row, s);
      if (s.idempotent && next && sameStatement(s, next)) continue;
    }
    kept.push(s);
  }
  return kept.reverse();
}

function sameStatement(a: Stmt, b: Stmt): boolean {
  return (
    a.sql === b.sql &&
    a.params.length === b.params.length &&
    a.params.every((p, i) => p === b.params[i])
  );
}
