/** Every topic's name on the wire (a Redis channel under the deployment's prefix). */
export const TOPIC_NAMES = {
  runStatus: 'RUN_STATUS_CHANGED',
  connector: 'CONNECTOR_CHANGED',
  /** A target answered 429: its connector's runs wait (workers only; never sent to clients). */
  targetPaused: 'TARGET_PAUSED',
  /** A user's sessions ended: API processes drop the user's cached viewer and close its sockets. */
  sessionsEnded: 'SESSIONS_ENDED',
  /** A bulk job's progress (coalesced by its driver) and final state. */
  bulkJob: 'BULK_JOB_CHANGED',
} as const;

export type TopicName = (typeof TOPIC_NAMES)[keyof typeof TOPIC_NAMES];

/** The fields of T that hold a Date (or null). */
type DateKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Date ? K : never }[keyof T];

/**
 * A topic typed by its payload. `dates` names the payload's Date fields: JSON (the Redis bus)
 * carries them as strings, and the bus turns them back before any subscriber sees the payload.
 */
export interface Topic<T> {
  readonly name: TopicName;
  readonly dates: readonly DateKeys<T>[];
  /** Type only: the payload this topic carries. */
  readonly payload?: T;
}

export function topic<T>(name: TopicName, dates: readonly DateKeys<T>[] = []): Topic<T> {
  return { name, dates };
}

/** A payload parsed from JSON: the topic's Date fields back to Date. */
export function reviveDates(dates: readonly PropertyKey[], payload: unknown): unknown {
  if (dates.length === 0 || typeof payload !== 'object' || payload === null) return payload;
  const out = { ...payload } as Record<PropertyKey, unknown>;
  for (const k of dates) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out;
}

/** Live events: the services publish into it, subscriptions listen with their filter. */
export interface EventBus {
  publish<T>(topic: Topic<T>, payload: T): void;
  /** The events of a topic this subscriber accepts; the filter runs once per event, on delivery. */
  listen<T>(topic: Topic<T>, accept?: (payload: T) => boolean): AsyncIterableIterator<T>;
  /** Resolves once events published anywhere reach this bus (Redis: channels subscribed). */
  ready?(): Promise<void>;
  close?(): Promise<void>;
}
