import type { AuthenticationType, StoredAuthentication } from '@odc/core';
import type { SecretBox } from '../../infra/secrets.js';
import { openSecrets } from './connector-definition.js';
import type { ConnectorEntity } from './connector.entity.js';
import {
  AuthenticationView,
  ConnectorView,
  DataRequestView,
  DeliveryPolicyView,
  HeaderView,
  LeadSourceMatchingView,
  MatchingView,
  ResponseMappingView,
  StaffMatchingView,
  SuccessCriterionView,
} from './connector.type.js';

type KeysOf<U> = U extends unknown ? keyof U : never;
/** A union of authentication types read as one object whose type-specific fields may be absent. */
type Flat<U> = { type: AuthenticationType } & {
  [K in KeysOf<U>]?: U extends { [P in K]?: infer V } ? V : never;
};

const make = <T extends object>(cls: new () => T, props: T): T => Object.assign(new cls(), props);

/** Entity -> GraphQL view. Secrets never leave; tokenRequestBody only for MANAGE. */
export function toConnectorView(
  c: ConnectorEntity,
  box: SecretBox,
  manage: boolean,
): ConnectorView {
  const auth = c.definition.authentication as Flat<StoredAuthentication>;
  const keys = c.definition.secretKeys ?? [];
  const tokenRequestBody =
    manage && keys.includes('tokenRequestBody')
      ? (openSecrets(box, c.secrets).tokenRequestBody ?? null)
      : null;
  const { request, delivery, responseMapping } = c.definition;
  const { staff, leadSource } = c.definition.matching;
  return make(ConnectorView, {
    id: c.id,
    name: c.name,
    entityType: c.entityType,
    automationTriggers: c.automationTriggers,
    authentication: make(AuthenticationView, {
      type: auth.type,
      username: auth.username ?? null,
      hasPasscode: keys.includes('passcode'),
      tokenUrl: auth.tokenUrl ?? null,
      tokenRequestBody,
      accessTokenName: auth.accessTokenName ?? null,
      tokenExpirationSeconds: auth.tokenExpirationSeconds ?? null,
      clientId: auth.clientId ?? null,
      hasClientSecret: keys.includes('clientSecret'),
      scopes: auth.scopes ?? null,
    }),
    request: make(DataRequestView, {
      url: request.url,
      method: request.method,
      headers: request.headers.map((h) =>
        make(HeaderView, { key: h.key, value: h.secret ? '' : h.value, secret: h.secret }),
      ),
      bodyTemplate: request.bodyTemplate,
    }),
    successCriteria: c.definition.successCriteria.map((s) =>
      make(SuccessCriterionView, { source: s.source, comparator: s.comparator, value: s.value }),
    ),
    delivery: make(DeliveryPolicyView, {
      maxAttempts: delivery.maxAttempts,
      timeoutMs: delivery.timeoutMs,
      rateLimitPerMinute: delivery.rateLimitPerMinute ?? null,
    }),
    matching: make(MatchingView, {
      staff: staff && make(StaffMatchingView, { ...staff }),
      leadSource: leadSource && make(LeadSourceMatchingView, { ...leadSource }),
    }),
    responseMapping: responseMapping && make(ResponseMappingView, { ...responseMapping }),
    published: c.published,
    lastRunAt: c.lastRunAt,
    lastRunStatus: c.lastRunStatus,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    roleIds: c.roleIds,
    organizationId: c.organizationId,
    signPushes: c.definition.signPushes,
  });
}
