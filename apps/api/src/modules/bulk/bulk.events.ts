import { topic, TOPIC_NAMES } from '../../infra/pubsub/pubsub.js';
import type { BulkJobState } from './bulk-counts.js';

/** A bulk job's progress, at most about 4 a second, and always its final state. */
export const bulkJobChanged = topic<BulkJobState>(TOPIC_NAMES.bulkJob, ['createdAt', 'finishedAt']);
