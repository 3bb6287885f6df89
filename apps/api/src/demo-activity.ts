import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { transaction } from './db/transactions.js';
import { ConnectorEntity } from './modules/connectors/connector.entity.js';
import { storeHeaders } from './modules/delivery/attempt-headers.js';
import type { AttemptOutcome } from './modules/delivery/push-attempt.entity.js';
import { PushAttemptEntity } from './modules/delivery/push-attempt.entity.js';
import { PushRunEntity } from './modules/delivery/push-run.entity.js';
import type { RunTrigger } from './modules/shared/enums.js';

/** Days of demo run history seeded before the first start. */
export const DEMO_HISTORY_DAYS = 14;

/** A record the demo history pushes: its id, owner and placeholder values. */
export interface DemoRecord {
  id: string;
  ownerId: string;
  /** Its placeholder values (the run's snapshot: the run history's Record column). */
  values: Record<string, string | number | null>;
  /** The body a push of it sends. */
  body: string;
}

/** How a demo connector's pushes went: the share of runs that needed a retry or failed. */
export interface DemoPattern {
  connector: ConnectorEntity;
  records: readonly DemoRecord[];
  /** Runs a day (before the random few more). */
  perDay: number;
  /** Share of runs whose first attempt got a 503 and the next one succeeded. */
  retried: number;
  /** Share of runs that ended in FAILURE. */
  failed: number;
  /** The answer of a failed attempt: its status and body. */
  failure: { status: number; body: string };
  /** Share of runs started by an automation trigger (the rest by a person). */
  automatic: number;
  /** Who pushed the manual runs. */
  initiatedById: string;
}

/** A small seeded generator (mulberry32): the same demo history on every fresh start. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Two weeks of finished runs for the demo connectors (successes, retries, failures, manual and
 * automatic), written as the worker writes them, and each connector's last run; so the tiles and
 * the run history show the product working on first sign-in. Nothing is sent anywhere.
 */
export async function seedDemoActivity(
  ds: DataSource,
  organizationId: string,
  patterns: readonly DemoPattern[],
  now = Date.now(),
): Promise<number> {
  const random = generator(17);
  const runs: PushRunEntity[] = [];
  const attempts: PushAttemptEntity[] = [];
  for (const p of patterns) {
    const { request } = p.connector.definition;
    for (let day = DEMO_HISTORY_DAYS - 1; day >= 0; day--) {
      const count = p.perDay + Math.floor(random() * 3);
      for (let i = 0; i < count; i++) {
        const record = p.records[Math.floor(random() * p.records.length)] as DemoRecord;
        // Office hours, 8:00 to 18:00 local to the server, spread over the day.
        const created = new Date(now - day * 86_400_000);
        created.setHours(8 + Math.floor(random() * 10), Math.floor(random() * 60), 0, 0);
        if (created.getTime() > now) created.setTime(now - (i + 1) * 600_000);
        const roll = random();
        const outcome = roll < p.failed ? 'FAILURE' : roll < p.failed + p.retried ? 'RETRY' : 'OK';
        const automatic = random() < p.automatic;
        const trigger: RunTrigger = automatic
          ? random() < 0.5
            ? 'ON_CREATE'
            : 'ON_UPDATE'
          : 'MANUAL';
        const { body } = record;
        const id = randomUUID();
        const sent = storeHeaders({
          'content-type': 'application/json',
          'idempotency-key': id,
          ...(p.connector.definition.authentication.type === 'NONE'
            ? {}
            : { authorization: '[redacted]' }),
          ...Object.fromEntries(
            request.headers.map((h) => [h.key.toLowerCase(), h.secret ? '[redacted]' : h.value]),
          ),
        });
        const steps: { outcome: AttemptOutcome; status: number; body: string; ms: number }[] =
          outcome === 'FAILURE'
            ? [{ outcome: 'FAILURE', ...p.failure, ms: 80 + Math.floor(random() * 200) }]
            : [
                ...(outcome === 'RETRY'
                  ? [
                      {
                        outcome: 'RETRY' as const,
                        status: 503,
                        body: '{"ok":false,"error":"The demo partner is busy: try again shortly"}',
                        ms: 40 + Math.floor(random() * 60),
                      },
                    ]
                  : []),
                {
                  outcome: 'SUCCESS',
                  status: 200,
                  body: '{"ok":true}',
                  ms: 60 + Math.floor(random() * 400),
                },
              ];
        let at = created.getTime() + 200;
        for (const [n, step] of steps.entries()) {
          const startedAt = new Date(at);
          const finishedAt = new Date(at + step.ms);
          attempts.push(
            Object.assign(new PushAttemptEntity(), {
              id: randomUUID(),
              runId: id,
              attemptNumber: n + 1,
              outcome: step.outcome,
              requestMethod: request.method,
              requestUrl: request.url,
              requestBody: body,
              requestHeaders: sent,
              responseStatus: step.status,
              responseBody: step.body,
              responseHeaders: storeHeaders({ 'content-type': 'application/json' }),
              responseValue: null,
              responseValueError: null,
              error: step.outcome === 'SUCCESS' ? null : `Target answered ${step.status}`,
              durationMs: step.ms,
              startedAt,
              finishedAt,
            }),
          );
          at += step.ms + 2_000;
        }
        const last = steps.at(-1)!;
        const lastAttempt = attempts.at(-1)!;
        runs.push(
          Object.assign(new PushRunEntity(), {
            id,
            organizationId,
            connectorId: p.connector.id,
            runTrigger: trigger,
            entityType: p.connector.entityType,
            recordId: record.id,
            recordOwnerId: record.ownerId,
            recordVersion: 1,
            initiatedById: automatic ? null : p.initiatedById,
            status: last.outcome === 'SUCCESS' ? 'SUCCESS' : 'FAILURE',
            attempts: steps.length,
            requestMethod: request.method,
            requestUrl: request.url,
            requestBody: body,
            responseStatus: last.status,
            responseBody: last.body,
            error: lastAttempt.error,
            responseValue: null,
            responseValueError: null,
            durationMs: last.ms,
            snapshot: record.values,
            nextAttemptAt: null,
            startedAt: new Date(created.getTime() + 200),
            createdAt: created,
            finishedAt: lastAttempt.finishedAt,
          }),
        );
      }
    }
  }
  await transaction(ds, async (m) => {
    for (let i = 0; i < runs.length; i += 100)
      await m.insert(PushRunEntity, runs.slice(i, i + 100));
    for (let i = 0; i < attempts.length; i += 100)
      await m.insert(PushAttemptEntity, attempts.slice(i, i + 100));
    for (const p of patterns) {
      const newest = runs
        .filter((r) => r.connectorId === p.connector.id)
        .reduce<PushRunEntity | null>((a, r) => (!a || r.createdAt > a.createdAt ? r : a), null);
      if (newest)
        await m.update(
          ConnectorEntity,
          { id: p.connector.id },
          { lastRunAt: newest.finishedAt, lastRunStatus: newest.status },
        );
    }
  });
  return runs.length;
}
