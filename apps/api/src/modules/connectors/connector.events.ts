import { topic, TOPIC_NAMES } from '../../infra/pubsub/pubsub.js';
import type { ConnectorEntity } from './connector.entity.js';

/** A connector saved, published, unpublished, or given a new lastRun*. */
export const connectorChanged = topic<ConnectorEntity>(TOPIC_NAMES.connector, [
  'createdAt',
  'updatedAt',
  'lastRunAt',
]);
