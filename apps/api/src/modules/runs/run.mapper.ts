import { readHeaders } from '../delivery/attempt-headers.js';
import type { PushAttemptEntity } from '../delivery/push-attempt.entity.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import { PushAttemptView, PushRunView } from './run.type.js';

/** A contact's full name or a loan's number, from the run's snapshot of the record. */
export function recordLabel(r: Pick<PushRunEntity, 'entityType' | 'snapshot'>): string | null {
  const v = r.snapshot ?? {};
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string).trim() : '');
  const label =
    r.entityType === 'CONTACT'
      ? `${text('contact.firstName')} ${text('contact.lastName')}`.trim()
      : text('loan.loanNumber');
  return label || null;
}

export function toRun(r: PushRunEntity): PushRunView {
  return Object.assign(new PushRunView(), {
    id: r.id,
    trigger: r.runTrigger,
    entityType: r.entityType,
    recordId: r.recordId,
    recordLabel: recordLabel(r),
    status: r.status,
    attempts: r.attempts,
    requestMethod: r.requestMethod,
    requestUrl: r.requestUrl,
    requestBody: r.requestBody,
    responseStatus: r.responseStatus,
    responseBody: r.responseBody,
    responseValue: r.responseValue ?? null,
    responseValueError: r.responseValueError ?? null,
    error: r.error,
    durationMs: r.durationMs,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
    nextAttemptAt: r.nextAttemptAt,
    connectorVersion: r.connectorVersion ?? null,
    connectorId: r.connectorId,
    initiatedById: r.initiatedById,
    replayOfId: r.replayOfId ?? null,
    bulkJobId: r.bulkJobId ?? null,
  });
}

export function toAttempt(a: PushAttemptEntity): PushAttemptView {
  return Object.assign(new PushAttemptView(), {
    number: a.attemptNumber,
    outcome: a.outcome,
    requestMethod: a.requestMethod,
    requestUrl: a.requestUrl,
    requestBody: a.requestBody,
    requestHeaders: readHeaders(a.requestHeaders),
    responseStatus: a.responseStatus,
    responseHeaders: readHeaders(a.responseHeaders),
    responseBody: a.responseBody,
    responseValue: a.responseValue ?? null,
    responseValueError: a.responseValueError ?? null,
    error: a.error,
    durationMs: a.durationMs,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
  });
}

export interface RunAudience {
  organizationId: string;
  initiatedById: string | null;
  recordOwnerId: string | null;
}
