import { topic, TOPIC_NAMES } from '../../infra/pubsub/pubsub.js';

/** A user's sessions ended: tokens issued at or before validAfter (ms) are refused; null: removed. */
export interface SessionsEnded {
  userId: string;
  validAfter: number | null;
}

export const sessionsEnded = topic<SessionsEnded>(TOPIC_NAMES.sessionsEnded);
