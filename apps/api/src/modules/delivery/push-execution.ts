import {
  executePush,
  type ConnectorDefinition,
  type PushDeps,
  type PushOutcome,
  type SigningKeys,
} from '@odc/core';
import type { Logger } from 'pino';
import type { SecretBox } from '../../infra/secrets.js';
import { fullDefinition } from '../connectors/connector-definition.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { storeHeaders } from './attempt-headers.js';
import type { PushRunEntity } from './push-run.entity.js';
import type { AttemptRow, WriteBack } from './run-statements.js';
import { rowId } from '../../db/row-id.js';

/** A wait (a rate-limit slot, a 429 pause) longer than this sends the run back to the queue. */
export const HAND_BACK_MS = 1000;

export const STATUS = { SUCCESS: 'SUCCESS', RETRY: 'RETRYING', FAILURE: 'FAILURE' } as const;

export interface PushExecutionParts {
  box: SecretBox;
  /** http and tokens (the rate limit is the caller's: the push's slot is taken already). */
  deps: PushDeps;
  logger: Logger;
  /** The connector's signing secrets, for connectors that sign their pushes. */
  signing: { keys(connectorId: string): Promise<SigningKeys | null> };
}

/**
 * One attempt of a claimed run against its target, shared by the run worker and the bulk lane:
 * the connector's full definition (cached by version), its signing keys, core's executePush.
 */
export class PushExecution {
  private readonly definitions = new Map<string, { version: number; def: ConnectorDefinition }>();

  constructor(private readonly p: PushExecutionParts) {}

  private definition(c: ConnectorEntity): ConnectorDefinition {
    const version = new Date(c.updatedAt).getTime();
    const hit = this.definitions.get(c.id);
    if (hit && hit.version === version) return hit.def;
    const def = fullDefinition(this.p.box, c);
    this.definitions.set(c.id, { version, def });
    return def;
  }

  /** The claimed run's attempt (run.attempts already counts it); never throws. */
  async execute(run: PushRunEntity, connector: ConnectorEntity | null): Promise<PushOutcome> {
    if (!connector || (!connector.published && run.runTrigger !== 'TEST')) {
      return failed('The connector was turned off before the push ran');
    }
    try {
      const definition = this.definition(connector);
      const signing = definition.signPushes ? await this.p.signing.keys(connector.id) : null;
      return await executePush(
        { id: connector.id, definition, signing },
        run.snapshot,
        // The push's own slot was reserved by the caller (or the connector is off: a test push).
        { runId: run.id, attempt: run.attempts, pushSlotTaken: true },
        this.p.deps,
      );
    } catch (err) {
      this.p.logger.error({ err, runId: run.id }, 'push attempt crashed');
      return failed('The push could not be prepared (internal error)');
    }
  }
}

/** The outcome on the run (in memory) and its attempt log row; `final`: not a retry. */
export function applyOutcome(
  run: PushRunEntity,
  connector: ConnectorEntity | null,
  o: PushOutcome,
  startedAt: Date,
  finishedAt: Date,
): { attempt: AttemptRow; final: boolean } {
  const final = o.status !== 'RETRY';
  Object.assign(run, {
    status: STATUS[o.status],
    requestMethod: (o.request.method || null) as PushRunEntity['requestMethod'],
    requestUrl: o.request.url || null,
    requestBody: o.request.body,
    responseStatus: o.response?.status ?? null,
    responseBody: o.response?.body ?? null,
    responseValue: o.responseValue ?? null,
    responseValueError: o.responseValueError ?? null,
    error: o.reason,
    durationMs: Math.round(o.durationMs),
    finishedAt: final ? finishedAt : null,
    nextAttemptAt: o.retryAt ?? null,
    // The version pushed with (none when nothing was sent: the connector was off, say).
    connectorVersion: o.request.method ? (connector?.version ?? null) : null,
  });
  return {
    final,
    attempt: {
      id: rowId(),
      runId: run.id,
      attemptNumber: run.attempts,
      outcome: o.status,
      startedAt,
      finishedAt,
      requestHeaders: o.request.method ? storeHeaders(o.request.headers) : null,
      responseHeaders: storeHeaders(o.response?.headers),
    },
  };
}

/** A SUCCESS run's Result for the custom field its connector's mapping names, if any. */
export function writeBackOf(
  run: PushRunEntity,
  connector: ConnectorEntity | null,
): WriteBack | null {
  const field = connector?.definition.responseMapping?.writeBackField;
  if (run.status !== 'SUCCESS' || run.responseValue === null || !field) return null;
  if (run.runTrigger === 'TEST') return null;
  const key = field.slice(field.indexOf('.custom.') + '.custom.'.length);
  return { entityType: run.entityType, recordId: run.recordId, key, value: run.responseValue };
}

export function failed(reason: string): PushOutcome {
  return {
    status: 'FAILURE',
    request: { method: '', url: '', headers: {}, body: null },
    durationMs: 0,
    criteria: [],
    reason,
  };
}
