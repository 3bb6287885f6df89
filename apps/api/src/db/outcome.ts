/**
 * The connection to the database was lost after COMMIT was sent: the change may or may not have
 * been saved. Answered as OUTCOME_UNKNOWN; a retry with the same Idempotency-Key finds out.
 */
export class OutcomeUnknown extends Error {
  readonly code = 'OUTCOME_UNKNOWN';

  constructor(override readonly cause: unknown) {
    super(
      'The database connection was lost while saving: the change may or may not have been saved. ' +
        'Retry with the same Idempotency-Key to get its outcome without saving it twice.',
    );
    this.name = 'OutcomeUnknown';
  }
}

/** mysql2 errors that mean the connection is gone (not that the statement was refused). */
export function isLostConnection(err: unknown): boolean {
  const e = err as { fatal?: unknown; code?: unknown; driverError?: unknown } | null;
  if (!e) return false;
  if (e.fatal === true) return true;
  if (
    typeof e.code === 'string' &&
    ['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code)
  )
    return true;
  return e.driverError !== undefined && e.driverError !== err && isLostConnection(e.driverError);
}
