import {
  AUTH_TYPES,
  AUTOMATION_TRIGGERS,
  COMPARATORS,
  CRITERION_SOURCES,
  ENTITY_TYPES,
  FIELD_TYPES,
  HTTP_METHODS,
  LOAN_TYPES,
  RESPONSE_FORMATS,
  RUN_STATUSES,
} from '@odc/core';
import { registerEnumType } from 'type-graphql';
import { CONNECTOR_ACCESS } from './access.js';

/** How a push run was started. */
export const RUN_TRIGGERS = [
  'MANUAL',
  'ON_CREATE',
  'ON_UPDATE',
  'ON_DELETE',
  'TEST',
  'REPLAY',
  'BULK',
] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

type EnumObject<T extends string> = { [K in T]: K };

function enumOf<const T extends string>(values: readonly T[], name: string): EnumObject<T> {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as EnumObject<T>;
  registerEnumType(obj, { name });
  return obj;
}

export const EntityTypeEnum = enumOf(ENTITY_TYPES, 'EntityType');
export const AutomationTriggerEnum = enumOf(AUTOMATION_TRIGGERS, 'AutomationTrigger');
export const AuthenticationTypeEnum = enumOf(AUTH_TYPES, 'AuthenticationType');
export const HttpMethodEnum = enumOf(HTTP_METHODS, 'HttpMethod');
export const CriterionSourceEnum = enumOf(CRITERION_SOURCES, 'CriterionSource');
export const ComparatorEnum = enumOf(COMPARATORS, 'Comparator');
export const RunStatusEnum = enumOf(RUN_STATUSES, 'RunStatus');
export const RunTriggerEnum = enumOf(RUN_TRIGGERS, 'RunTrigger');
export const ConnectorAccessEnum = enumOf(CONNECTOR_ACCESS, 'ConnectorAccess');
export const FieldTypeEnum = enumOf(FIELD_TYPES, 'FieldType');
export const LoanTypeEnum = enumOf(LOAN_TYPES, 'LoanType');
export const ResponseFormatEnum = enumOf(RESPONSE_FORMATS, 'ResponseFormat');
