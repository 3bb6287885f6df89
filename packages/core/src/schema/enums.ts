export const ENTITY_TYPES = ['CONTACT', 'LOAN'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const AUTOMATION_TRIGGERS = ['ON_CREATE', 'ON_UPDATE', 'ON_DELETE'] as const;
export type AutomationTrigger = (typeof AUTOMATION_TRIGGERS)[number];

export const AUTH_TYPES = ['NONE', 'BASIC', 'TOKEN', 'OAUTH2_CLIENT_CREDENTIALS'] as const;
export type AuthenticationType = (typeof AUTH_TYPES)[number];

export const HTTP_METHODS = ['POST', 'PATCH', 'GET', 'PUT'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const CRITERION_SOURCES = ['STATUS_CODE', 'RESPONSE_BODY', 'RESPONSE_VALUE'] as const;
export type CriterionSource = (typeof CRITERION_SOURCES)[number];

export const COMPARATORS = ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'NOT_CONTAINS'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const FIELD_TYPES = ['STRING', 'NUMBER', 'BOOLEAN', 'DATE'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const LOAN_TYPES = ['MORTGAGE', 'AUTO', 'PERSONAL', 'STUDENT', 'OTHER'] as const;
export type LoanType = (typeof LOAN_TYPES)[number];

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'RETRYING', 'SUCCESS', 'FAILURE'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RESPONSE_FORMATS = ['JSON', 'XML', 'TEXT'] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];
