import type { PubSub } from 'type-graphql';

export const TOPICS = {
  runStatus: 'RUN_STATUS_CHANGED',
  connector: 'CONNECTOR_CHANGED',
} as const;

/** Live events: what TypeGraphQL subscribes to and the services publish into. */
export interface EventBus extends PubSub {
  close?(): Promise<void>;
}
