import type { FieldIssue } from '@odc/core';
import { GraphQLError } from 'graphql';

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

/** One bad input field: core's type, the same from the engine to the web form. */
export type { FieldIssue } from '@odc/core';

/** A rule broken by the caller; the one mapper turns it into a GraphQLError with extensions.code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** graphql-js copies these onto the located error, so HTTP and ws answers carry the code. */
  get extensions(): Record<string, unknown> {
    return this.fields ? { code: this.code, fields: this.fields } : { code: this.code };
  }
}

export const unauthenticated = (message = 'Log in first') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role may not do this') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
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
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.fields) extensions.fields = error.fields;
  return new GraphQLError(error.message, { extensions });
}
