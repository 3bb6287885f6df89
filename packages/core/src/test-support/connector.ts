import type { ConnectorDefinition, ConnectorDefinitionInput } from '../schema/connector.schema.js';
import { connectorDefinitionSchema } from '../schema/connector.schema.js';

/** A valid definition pushing contact names to url, with overrides. */
export function definition(
  url: string,
  overrides: Partial<ConnectorDefinitionInput> = {},
): ConnectorDefinition {
  return connectorDefinitionSchema.parse({
    name: 'Test',
    entityType: 'CONTACT',
    roleIds: ['r1'],
    authentication: { type: 'NONE' },
    request: {
      url,
      method: 'POST',
      headers: [],
      bodyTemplate: '{"first": "{{contact.firstName}}", "rating": {{contact.activityRating}}}',
    },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    delivery: { maxAttempts: 3, timeoutMs: 5000 },
    ...overrides,
  });
}

export const values = { 'contact.firstName': 'Ann "A"', 'contact.activityRating': 4 };

/** The definition with a per-attempt timeout below the schema's minimum, to keep tests fast. */
export function withTimeout(def: ConnectorDefinition, timeoutMs: number): ConnectorDefinition {
  return { ...def, delivery: { ...def.delivery, timeoutMs } };
}
