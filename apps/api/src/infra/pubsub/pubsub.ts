import type { PubSub } from 'type-graphql';

export const TOPICS = {
  runStatus: 'RUN_STATUS_CHANGED',
  connector: 'CONNECTOR_CHANGED',
  /** A target answered 429: its connector's runs wait (workers only; never sent to clients). */
  targetPaused: 'TARGET_PAUSED',
  /** A user's sessions ended: API processes drop the user's cached viewer and close its sockets. */
  sessionsEnded: 'SESSIONS_ENDED',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Live events: the services publish into it, subscriptions listen with their filter. */
export interface EventBus extends PubSub {
  publish(topic: string, payload: unknown): void;
  /** The events of a topic this subscriber accepts; the filter runs once per event, on delivery. */
  listen<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T>;
  /** Resolves once events published anywhere reach this bus (Redis: channels subscribed). */
  ready?(): Promise<void>;
  close?(): Promise<void>;
}
