import { readStoredDefinition, type StoredDefinition } from '@odc/core';
export const CONNECTOR_FIELDS = `
  id name entityType automationTriggers published lastRunAt lastRunStatus createdAt updatedAt
  roles { id name }
  authentication { type username hasPasscode tokenUrl tokenRequestBody accessTokenName tokenExpirationSeconds clientId hasClientSecret scopes }
  request { url method headers { key value } bodyTemplate }
  successCriteria { source comparator value }
  delivery { maxAttempts timeoutMs rateLimitPerMinute }
`;

export const CREATE_CONNECTOR = `mutation($i: ConnectorInput!, $p: Boolean! = false) {
  createConnector(input: $i, publish: $p) { ${CONNECTOR_FIELDS} } }`;

export const UPDATE_CONNECTOR = `mutation($id: ID!, $i: ConnectorInput!, $p: Boolean! = false) {
  updateConnector(id: $id, input: $i, publish: $p) { ${CONNECTOR_FIELDS} } }`;

export interface ConnectorOverrides {
  name?: string;
  entityType?: 'CONTACT' | 'LOAN';
  roleIds: string[];
  url?: string;
  automationTriggers?: string[];
  [key: string]: unknown;
}

/** A valid contact connector pushing to url. */
export function connectorInput(o: ConnectorOverrides): Record<string, unknown> {
  const entity = o.entityType ?? 'CONTACT';
  const body =
    entity === 'CONTACT'
      ? '{"id": "{{contact.id}}", "first": "{{contact.firstName}}", "rating": {{contact.activityRating}}}'
      : '{"id": "{{loan.id}}", "number": "{{loan.loanNumber}}", "amount": {{loan.amount}}}';
  return {
    name: o.name ?? 'Gift Service',
    entityType: entity,
    automationTriggers: o.automationTriggers ?? [],
    roleIds: o.roleIds,
    authentication: { type: 'NONE' },
    request: {
      url: o.url ?? 'http://127.0.0.1:9/hook',
      method: 'POST',
      headers: [{ key: 'X-Api-Version', value: '2' }],
      bodyTemplate: body,
    },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    ...Object.fromEntries(
      Object.entries(o).filter(
        ([k]) => !['name', 'entityType', 'roleIds', 'url', 'automationTriggers'].includes(k),
      ),
    ),
  };
}

/** A valid stored connector definition, for tests that write connector rows directly. */
export function storedDefinition(url = 'https://target.test/in'): StoredDefinition {
  return readStoredDefinition({
    authentication: { type: 'NONE' },
    request: { url, method: 'POST', headers: [], bodyTemplate: '{}' },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    delivery: { maxAttempts: 1, timeoutMs: 1000, rateLimitPerMinute: null },
    secretKeys: [],
  });
}
