import type { FieldIssue } from '@odc/core';
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** One bad input field: core's type, the same from the engine to the web form. */
export type { FieldIssue } from '@odc/core';

/** A rule broken by the caller; the one mapper turns it into a GraphQLError with extensions.code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldIssue[],
    /** More extensions, e.g. retryAfterSeconds. */
    readonly more?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** graphql-js copies these onto the located error, so HTTP and ws answers carry the code. */
  get extensions(): Record<string, unknown> {
    const base = this.fields ? { code: this.code, fields: this.fields } : { code: this.code };
    return this.more ? { ...base, ...this.more } : base;
  }
}

export const unauthenticated = (message = 'Log in first') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role may not do this') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError('TOO_MANY_REQUESTS', message, undefined, { retryAfterSeconds });

/** A unique index refused the row (two requests raced past the existence check). */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs `work`; a duplicate key becomes CONFLICT with `message`. */
export async function conflictOnDuplicate<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isDuplicateKey(e)) throw conflict(message);
    throw e;
  }
}
export const badInput = (fields: FieldIssue[], message?: string) =>
  new AppError(
    'BAD_USER_INPUT',
    message ?? fields.map((f) => `${f.path}: ${f.message}`).join('; '),
    fields,
  );

/** Throws BAD_USER_INPUT when any field error was collected. */
export function assertNoFieldErrors(fields: FieldIssue[]): void {
  if (fields.length > 0) throw badInput(fields);
}

export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}
