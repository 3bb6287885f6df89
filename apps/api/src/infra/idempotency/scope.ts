import { AsyncLocalStorage } from 'node:async_hooks';
import type { Stmt } from '../../db/batch/batcher.js';
import { conflict } from '../../modules/shared/errors.js';

/** The mutation being executed under an Idempotency-Key. */
export interface IdempotencyScope {
  userId: string;
  key: string;
  /** A retry of a request whose change was saved but whose answer was lost: what it returned. */
  replay: { ref: string | null } | null;
  /** The answer holds a secret: it is not kept (a repeat runs again and finds the change saved). */
  secretAnswer?: boolean;
}

const storage = new AsyncLocalStorage<IdempotencyScope>();

export function inIdempotencyScope<T>(scope: IdempotencyScope, run: () => Promise<T>): Promise<T> {
  return storage.run(scope, run);
}

/**
 * In the transaction that saves a keyed mutation's change: marks the key as applied, with what
 * the change returned (an id, or true/false), so a retry after a lost COMMIT answer knows.
 * Null outside a keyed mutation.
 */
export function appliedMarker(result: unknown): Stmt | null {
  const scope = storage.getStore();
  if (!scope) return null;
  return {
    sql: 'UPDATE idempotency_key SET committedAt = ?, resultRef = ? WHERE userId = ? AND idemKey = ?',
    params: [Date.now(), resultRef(result), scope.userId, scope.key],
  };
}

function resultRef(result: unknown): string | null {
  if (typeof result === 'boolean') return String(result);
  const id = (result as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * A retry whose first request's change was saved: what it returned (taken once). The caller
 * answers with that instead of saving again.
 */
export function takeReplay(): { ref: string | null } | null {
  const scope = storage.getStore();
  const replay = scope?.replay ?? null;
  if (scope) scope.replay = null;
  return replay;
}

/** The mutation's answer holds a secret: never kept in idempotency_key. */
export function markAnswerSecret(): void {
  const scope = storage.getStore();
  if (scope) scope.secretAnswer = true;
}

/** A change about to be saved again although its first request's was: refused. */
export function refuseReplay(): void {
  if (storage.getStore()?.replay) {
    throw conflict(
      'The first request with this Idempotency-Key was saved, but its answer was lost: nothing was saved again',
    );
  }
}
