import { topic, TOPIC_NAMES } from '../../infra/pubsub/pubsub.js';
import type { PushRunEntity } from './push-run.entity.js';

/** Every status change of a run (and a hand-back's new nextAttemptAt). */
export const runStatusChanged = topic<PushRunEntity>(TOPIC_NAMES.runStatus, [
  'createdAt',
  'startedAt',
  'finishedAt',
  'nextAttemptAt',
]);

export interface TargetPaused {
  connectorId: string;
  /** epoch ms */
  until: number;
}

/** A target answered 429: every worker process leaves it alone until `until`. */
export const targetPaused = topic<TargetPaused>(TOPIC_NAMES.targetPaused);
