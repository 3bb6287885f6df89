import type { CriterionResult } from './criteria/evaluate.js';
import { describeFailure } from './criteria/evaluate.js';
import { DEFAULT_RETRY_ON, retriesStatus } from './delivery/retry-on.js';
import type { HttpResponse } from './http/client.js';

export interface SentRequest {
  method: string;
  /** Token-ish query parameters read "[redacted]". */
  url: string;
  /** Authorization and other credential headers read "[redacted]". */
  headers: Record<string, string>;
  body: string | null;
}

/** What one attempt came to; the caller stores it and schedules the next attempt on RETRY. */
export interface PushOutcome {
  /** SUCCESS: every criterion held. RETRY: try again at retryAt. FAILURE: final. */
  status: 'SUCCESS' | 'RETRY' | 'FAILURE';
  /** When to try again (status RETRY only). */
  retryAt?: Date;
  /** The request as sent, credentials redacted. */
  request: SentRequest;
  /**
   * Absent when no response came (network error, timeout, refused target, token failure).
   * `headers`: as received (a repeated header joined with ", "), cookies redacted.
   */
  response?: { status: number; headers: Record<string, string>; body: string; truncated: boolean };
  /** What the connector's response mapping read (absent without a mapping or a response). */
  responseValue?: string | null;
  /** Why responseValue is null although a mapping and a response exist. */
  responseValueError?: string | null;
  durationMs: number;
  /** Every criterion with what it saw; empty when no response came. */
  criteria: CriterionResult[];
  /** Why it did not succeed, in words a person can act on; null on success. */
  reason: string | null;
}

/**
 * The default rules (408, 429, 5xx): what a status is worth when no connector says otherwise.
 * A push judges its response by its own delivery.retryOn.
 */
export const isRetryableStatus = (status: number): boolean =>
  retriesStatus(DEFAULT_RETRY_ON, status);

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const retryAfterHeader = (res: HttpResponse): string | undefined =>
  headerText(res.headers['retry-after']);

/**
 * Why a response failed: a redirect, a retryable or auth status, else the first failed criterion.
 * `retryable`: the connector's retryOn names the status.
 */
export function responseReason(
  res: HttpResponse,
  failed: CriterionResult,
  retryable: boolean,
): string {
  const answered = `Target answered ${res.status} ${res.statusText}`.trim();
  const location = headerText(res.headers.location);
  if (res.status >= 300 && res.status < 400 && location)
    return `Redirect to ${location} was not followed`;
  if (retryable) return answered;
  if (res.status === 401 || res.status === 403)
    return `${answered}: check the connector's authentication settings`;
  const criterion = describeFailure(failed);
  return failed.source === 'STATUS_CODE' ? criterion : `${criterion} (status ${res.status})`;
}

export const gaveUp = (reason: string, attempts: number): string =>
  `${reason} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`;
