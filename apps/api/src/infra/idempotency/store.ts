import type { DataSource } from 'typeorm';
import { transaction } from '../../db/transactions.js';

/** How long a key's first answer is kept (and a repeat answered with it). */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A request holds its key this long: a repeat meanwhile is CONFLICT (still running). */
const LEASE_MS = 60_000;

/** What to do with a keyed request. */
export type Begin =
  /** Execute it; with `replay`, its first request's change was saved (answer with that). */
  | { kind: 'execute'; replay: { ref: string | null } | null }
  /** The first request's answer. */
  | { kind: 'answer'; status: number; body: string }
  | { kind: 'conflict'; message: string };

interface Row {
  bodyHash: string;
  responseStatus: number | string | null;
  responseBody: string | null;
  committedAt: number | string | null;
  resultRef: string | null;
  leaseUntil: number | string | null;
  createdAt: number | string;
}

/** Idempotency keys in the database (table idempotency_key), shared by every API process. */
export class IdempotencyStore {
  private readonly mysql: boolean;

  constructor(private readonly ds: DataSource) {
    this.mysql = ds.options.type === 'mysql';
  }

  async begin(userId: string, key: string, bodyHash: string): Promise<Begin> {
    const now = Date.now();
    try {
      await this.ds.query(
        `INSERT INTO idempotency_key (userId, idemKey, bodyHash, leaseUntil, createdAt)
          VALUES (?, ?, ?, ?, ?)`,
        [userId, key, bodyHash, now + LEASE_MS, now],
      );
      return { kind: 'execute', replay: null };
    } catch (err) {
      if (!isDuplicate(err)) throw err;
    }
    // Seen before. The row lock waits for a transaction still marking it applied (MySQL).
    return transaction(this.ds, async (m): Promise<Begin> => {
      const [row] = (await m.query(
        `SELECT bodyHash, responseStatus, responseBody, committedAt, resultRef, leaseUntil, createdAt
          FROM idempotency_key WHERE userId = ? AND idemKey = ?${this.mysql ? ' FOR UPDATE' : ''}`,
        [userId, key],
      )) as Row[];
      if (!row || Number(row.createdAt) < now - KEY_TTL_MS) {
        // Expired (or swept just now): a new request.
        await m.query('DELETE FROM idempotency_key WHERE userId = ? AND idemKey = ?', [
          userId,
          key,
        ]);
        await m.query(
          `INSERT INTO idempotency_key (userId, idemKey, bodyHash, leaseUntil, createdAt)
            VALUES (?, ?, ?, ?, ?)`,
          [userId, key, bodyHash, now + LEASE_MS, now],
        );
        return { kind: 'execute', replay: null };
      }
      if (row.bodyHash !== bodyHash) {
        return {
          kind: 'conflict',
          message: 'This Idempotency-Key was used with another request: use a new key',
        };
      }
      if (row.responseStatus !== null && row.responseBody !== null) {
        return { kind: 'answer', status: Number(row.responseStatus), body: row.responseBody };
      }
      if (row.leaseUntil !== null && Number(row.leaseUntil) > now) {
        return {
          kind: 'conflict',
          message: 'A request with this Idempotency-Key is still running: retry in a moment',
        };
      }
      // Its first request ended without an answer (outcome unknown, or its process died).
      await m.query('UPDATE idempotency_key SET leaseUntil = ? WHERE userId = ? AND idemKey = ?', [
        now + LEASE_MS,
        userId,
        key,
      ]);
      const applied = row.committedAt !== null;
      return { kind: 'execute', replay: applied ? { ref: row.resultRef } : null };
    });
  }

  /** The answer to give every repeat. */
  async complete(userId: string, key: string, status: number, body: string): Promise<void> {
    await this.ds.query(
      `UPDATE idempotency_key SET responseStatus = ?, responseBody = ?, leaseUntil = NULL
        WHERE userId = ? AND idemKey = ?`,
      [status, body, userId, key],
    );
  }

  /**
   * No answer to keep: the outcome is unknown (a retry finds it out), or nothing was saved (an
   * internal error before the change: the key is forgotten so a retry runs afresh).
   */
  async release(userId: string, key: string, forget: boolean): Promise<void> {
    if (forget) {
      await this.ds.query(
        'DELETE FROM idempotency_key WHERE userId = ? AND idemKey = ? AND committedAt IS NULL',
        [userId, key],
      );
    }
    await this.ds.query(
      'UPDATE idempotency_key SET leaseUntil = NULL WHERE userId = ? AND idemKey = ?',
      [userId, key],
    );
  }

  /** Deletes keys older than KEY_TTL_MS (on MySQL a thousand rows a statement). */
  async sweep(): Promise<void> {
    const before = Date.now() - KEY_TTL_MS;
    if (!this.mysql) {
      await this.ds.query('DELETE FROM idempotency_key WHERE createdAt < ?', [before]);
      return;
    }
    for (;;) {
      const res = (await this.ds.query(
        'DELETE FROM idempotency_key WHERE createdAt < ? LIMIT 1000',
        [before],
      )) as { affectedRows?: number };
      if ((res.affectedRows ?? 0) < 1000) return;
    }
  }
}

function isDuplicate(err: unknown): boolean {
  const e = err as { code?: unknown; errno?: unknown; driverError?: { code?: unknown } } | null;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  return code === 'ER_DUP_ENTRY' || e?.errno === 1062 || code.startsWith('SQLITE_CONSTRAINT');
}
