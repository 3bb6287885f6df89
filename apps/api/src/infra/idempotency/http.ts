import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { getOperationAST, parse } from 'graphql';
import type { Logger } from '../../logger.js';
import { inIdempotencyScope, type IdempotencyScope } from './scope.js';
import type { IdempotencyStore } from './store.js';

/** One complete HTTP answer of the GraphQL endpoint. */
export interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

const KEY = /^[\x21-\x7e]{1,255}$/;
const JSON_TYPE: [string, string] = ['content-type', 'application/json; charset=utf-8'];

const errorAnswer = (status: number, code: string, message: string): Answer => ({
  status,
  headers: [JSON_TYPE],
  body: JSON.stringify({ errors: [{ message, extensions: { code } }], data: null }),
});

/**
 * Idempotency-Key on POST /graphql mutations of a logged-in user (as Stripe does): the first
 * answer is kept 24 hours per user and key; a repeat with the same body gets it again and saves
 * nothing, a repeat with another body is CONFLICT, a repeat while the first still runs is
 * CONFLICT at once (it does not wait). When the first ended with OUTCOME_UNKNOWN (connection lost
 * during COMMIT), a repeat finds out whether it was saved: if so it answers with what was saved,
 * else it runs. Returns null when the request carries no key (or is no mutation, or anonymous).
 */
export function idempotency(
  store: IdempotencyStore,
  userOf: (req: IncomingMessage) => Promise<string | null>,
  logger: Logger,
) {
  return async (
    req: IncomingMessage,
    body: unknown,
    execute: () => Promise<Answer>,
  ): Promise<Answer | null> => {
    const header = req.headers['idempotency-key'];
    if (header === undefined || req.method !== 'POST') return null;
    const request = body as { query?: unknown; operationName?: unknown; variables?: unknown };
    if (!isMutation(request)) return null;
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (!KEY.test(key)) {
      return errorAnswer(
        400,
        'BAD_USER_INPUT',
        'Idempotency-Key: must be 1 to 255 visible ASCII characters',
      );
    }
    const userId = await userOf(req);
    if (!userId) return null; // anonymous (sign-up, log-in): nothing kept
    const hash = createHash('sha256')
      .update(
        JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null]),
      )
      .digest('hex');
    let begin;
    try {
      begin = await store.begin(userId, key, hash);
    } catch (err) {
      // Nothing ran: the same request may be sent again as it is.
      logger.warn({ err }, 'Idempotency-Key not readable (database unreachable?)');
      return errorAnswer(
        503,
        'SERVICE_UNAVAILABLE',
        'The database is unreachable: nothing was saved; retry with the same Idempotency-Key',
      );
    }
    if (begin.kind === 'conflict') return errorAnswer(200, 'CONFLICT', begin.message);
    if (begin.kind === 'answer') {
      return {
        status: begin.status,
        headers: [JSON_TYPE, ['idempotent-replayed', 'true']],
        body: begin.body,
      };
    }
    let answer: Answer;
    const scope: IdempotencyScope = { userId, key, replay: begin.replay };
    try {
      answer = await inIdempotencyScope(scope, execute);
    } catch (err) {
      await store.release(userId, key, false).catch(() => undefined);
      throw err;
    }
    const codes = errorCodes(answer.body);
    try {
      if (codes.includes('OUTCOME_UNKNOWN') || scope.secretAnswer)
        await store.release(userId, key, false);
      else if (codes.includes('INTERNAL_SERVER_ERROR')) await store.release(userId, key, true);
      else await store.complete(userId, key, answer.status, answer.body);
    } catch (err) {
      // The answer stands; the key stays leased until its lease ends, then a repeat runs again.
      logger.warn({ err }, 'could not keep the answer of an Idempotency-Key');
    }
    return answer;
  };
}

function isMutation(request: { query?: unknown; operationName?: unknown }): boolean {
  if (typeof request.query !== 'string') return false;
  try {
    const name = typeof request.operationName === 'string' ? request.operationName : null;
    return getOperationAST(parse(request.query), name)?.operation === 'mutation';
  } catch {
    return false; // Apollo answers the parse error
  }
}

function errorCodes(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
  } catch {
    return [];
  }
}
