/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: string; output: string };
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

/** Secrets (passcode, clientSecret) are write-only: the API never returns them, only whether one is set. */
export type Authentication = {
  __typename?: 'Authentication';
  accessTokenName?: Maybe<Scalars['String']['output']>;
  clientId?: Maybe<Scalars['String']['output']>;
  hasClientSecret: Scalars['Boolean']['output'];
  hasPasscode: Scalars['Boolean']['output'];
  scopes?: Maybe<Scalars['String']['output']>;
  tokenExpirationSeconds?: Maybe<Scalars['Int']['output']>;
  /** Null for callers whose role is not MANAGE: it often holds credentials. */
  tokenRequestBody?: Maybe<Scalars['String']['output']>;
  tokenUrl?: Maybe<Scalars['String']['output']>;
  type: AuthenticationType;
  username?: Maybe<Scalars['String']['output']>;
};

/**
 * Secrets: on update, a passcode or clientSecret left null keeps the stored one; an empty string
 * clears it. Required fields per type: BASIC username+passcode; TOKEN tokenUrl+tokenRequestBody+
 * accessTokenName; OAUTH2_CLIENT_CREDENTIALS tokenUrl+clientId+clientSecret.
 */
export type AuthenticationInput = {
  accessTokenName?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['String']['input']>;
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  passcode?: InputMaybe<Scalars['String']['input']>;
  scopes?: InputMaybe<Scalars['String']['input']>;
  tokenExpirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  tokenRequestBody?: InputMaybe<Scalars['String']['input']>;
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
  type: AuthenticationType;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AuthenticationType =
  /** Authorization: Basic base64(username:passcode). */
  | 'BASIC'
  /** No credentials are sent. */
  | 'NONE'
  /**
   * OAuth 2.0 client credentials grant (RFC 6749 section 4.4) against tokenUrl with clientId,
   * clientSecret and scopes; the token is cached until shortly before its expires_in, and a
   * refresh_token, when the server gives one, is used before asking for a new grant.
   */
  | 'OAUTH2_CLIENT_CREDENTIALS'
  /**
   * POST tokenRequestBody (JSON) to tokenUrl; the response's JSON field named accessTokenName
   * (a dot path such as data.token is allowed) is the token, sent as `Authorization: Bearer <token>`.
   * The token is reused until tokenExpirationSeconds have passed (default 1800), then fetched anew;
   * a push answered 401 drops the cached token and is retried once with a fresh one.
   */
  | 'TOKEN';

/** Record events that push automatically. */
export type AutomationTrigger = 'ON_CREATE' | 'ON_DELETE' | 'ON_UPDATE';

/** Text comparison of the source against SuccessCriterion.value; Contains is substring, case-sensitive. */
export type Comparator = 'CONTAINS' | 'EQUALS' | 'NOT_CONTAINS' | 'NOT_EQUALS';

export type Connector = {
  __typename?: 'Connector';
  authentication: Authentication;
  automationTriggers: Array<AutomationTrigger>;
  createdAt: Scalars['DateTime']['output'];
  delivery: DeliveryPolicy;
  entityType: EntityType;
  id: Scalars['ID']['output'];
  /** When the latest finished non-test run finished. */
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** SUCCESS or FAILURE of the latest finished non-test run; null when it never ran. */
  lastRunStatus?: Maybe<RunStatus>;
  name: Scalars['String']['output'];
  /** On: pushes run. Off: no push runs, automatic or manual (test pushes excepted). */
  published: Scalars['Boolean']['output'];
  request: DataRequest;
  /** The roles whose users may push with it, and whose users' records its automation triggers push. */
  roles: Array<Role>;
  /** Newest first. */
  runs: PushRunPage;
  /** At least one; a response is a success only when it meets all of them. */
  successCriteria: Array<SuccessCriterion>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ConnectorRunsArgs = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

/** What a role may do on the Outbound Data Connector page. */
export type ConnectorAccess =
  /** Create, edit, publish, unpublish and test connectors. */
  | 'MANAGE'
  /** No access to the page; such users may still push manually with connectors whose roles include theirs. */
  | 'NONE'
  /** See connectors and their setup (the View button), change nothing. */
  | 'READ_ONLY';

export type ConnectorInput = {
  authentication: AuthenticationInput;
  automationTriggers?: Array<AutomationTrigger>;
  delivery?: InputMaybe<DeliveryPolicyInput>;
  entityType: EntityType;
  /** Not blank, at most 100 characters, unique in the organization (case-insensitive). */
  name: Scalars['String']['input'];
  request: DataRequestInput;
  /** At least one role of the organization. */
  roleIds: Array<Scalars['ID']['input']>;
  /** At least one. */
  successCriteria: Array<SuccessCriterionInput>;
};

export type ConnectorPage = {
  __typename?: 'ConnectorPage';
  items: Array<Connector>;
  page: Scalars['Int']['output'];
  pageCount: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  activityRating?: Maybe<Scalars['Int']['output']>;
  additionalInfo?: Maybe<Scalars['String']['output']>;
  address?: Maybe<Scalars['String']['output']>;
  address2?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  anniversary?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  birthday?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customFields: Array<CustomFieldValue>;
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  owner: User;
  phone?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  zipCode?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  activityRating?: InputMaybe<Scalars['Int']['input']>;
  additionalInfo?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  address2?: InputMaybe<Scalars['String']['input']>;
  anniversary?: InputMaybe<Scalars['String']['input']>;
  birthday?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Defaults to the current user; another owner needs MANAGE. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

export type ContactPage = {
  __typename?: 'ContactPage';
  items: Array<Contact>;
  page: Scalars['Int']['output'];
  pageCount: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type CriterionSource =
  /** The response body as text. */
  | 'RESPONSE_BODY'
  /** The response's HTTP status code, as decimal text. */
  | 'STATUS_CODE';

export type CustomFieldInput = {
  entityType: EntityType;
  /** camelCase; the placeholder becomes {{contact.custom.<key>}} or {{loan.custom.<key>}}. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  type: FieldType;
};

export type CustomFieldValue = {
  __typename?: 'CustomFieldValue';
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type CustomFieldValueInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/**
 * bodyTemplate is JSON text in which {{key}} placeholders stand either inside a string literal
 * ("name": "{{contact.firstName}}", the value inserted JSON-escaped) or as a whole value
 * ("amount": {{loan.amount}}, the value inserted as a JSON literal: number, true/false, a quoted
 * string, or null when the record has none). Inside a string a missing value inserts nothing.
 * A URL or header value may hold placeholders too (URL: percent-encoded). GET sends no body and
 * its bodyTemplate may be empty.
 */
export type DataRequest = {
  __typename?: 'DataRequest';
  bodyTemplate: Scalars['String']['output'];
  headers: Array<Header>;
  method: HttpMethod;
  url: Scalars['String']['output'];
};

export type DataRequestInput = {
  /** Valid JSON once each placeholder is replaced; every placeholder names a field of fieldCatalog(entityType). */
  bodyTemplate: Scalars['String']['input'];
  headers?: InputMaybe<Array<HeaderInput>>;
  method: HttpMethod;
  /** An absolute http(s) URL. */
  url: Scalars['String']['input'];
};

/** How pushes are delivered; every field has a default. */
export type DeliveryPolicy = {
  __typename?: 'DeliveryPolicy';
  /** Attempts per push including the first, 1 to 10, default 5. */
  maxAttempts: Scalars['Int']['output'];
  /** At most this many requests a minute to the target, null for no limit (pushes wait, they are not dropped). */
  rateLimitPerMinute?: Maybe<Scalars['Int']['output']>;
  /** Per attempt, 1000 to 60000, default 10000. */
  timeoutMs: Scalars['Int']['output'];
};

export type DeliveryPolicyInput = {
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityType = 'CONTACT' | 'LOAN';

/**
 * A field that a body template, URL or header value may insert as {{key}}, e.g. {{contact.firstName}}.
 * Custom fields have keys such as contact.custom.numberOfBathrooms.
 */
export type FieldDefinition = {
  __typename?: 'FieldDefinition';
  custom: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  type: FieldType;
};

export type FieldType = 'BOOLEAN' | 'DATE' | 'NUMBER' | 'STRING';

export type Header = {
  __typename?: 'Header';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HeaderInput = {
  /** Not blank. */
  key: Scalars['String']['input'];
  /** Not blank. */
  value: Scalars['String']['input'];
};

export type HttpMethod = 'GET' | 'PATCH' | 'POST' | 'PUT';

export type Loan = {
  __typename?: 'Loan';
  amount?: Maybe<Scalars['Float']['output']>;
  borrower?: Maybe<Contact>;
  /** YYYY-MM-DD. */
  closingDate?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customFields: Array<CustomFieldValue>;
  id: Scalars['ID']['output'];
  interestRate?: Maybe<Scalars['Float']['output']>;
  loanNumber: Scalars['String']['output'];
  loanType: LoanType;
  owner: User;
  propertyAddress?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type LoanInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  borrowerId?: InputMaybe<Scalars['ID']['input']>;
  closingDate?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  interestRate?: InputMaybe<Scalars['Float']['input']>;
  loanNumber: Scalars['String']['input'];
  loanType: LoanType;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  propertyAddress?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type LoanPage = {
  __typename?: 'LoanPage';
  items: Array<Loan>;
  page: Scalars['Int']['output'];
  pageCount: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type LoanType = 'AUTO' | 'MORTGAGE' | 'OTHER' | 'PERSONAL' | 'STUDENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Save (publish false) or Save & Publish (publish true). MANAGE only. */
  createConnector: Connector;
  /** Each create, update and delete of a record runs the matching automation triggers of published connectors whose roles include the record owner's role. */
  createContact: Contact;
  createLoan: Loan;
  /** MANAGE only, as are the next three. */
  createRole: Role;
  createUser: User;
  defineCustomField: FieldDefinition;
  deleteContact: Scalars['Boolean']['output'];
  deleteLoan: Scalars['Boolean']['output'];
  login: AuthPayload;
  publishConnector: Connector;
  /** Creates an organization, its MANAGE role 'Administrator', and its first user in that role. */
  signUp: AuthPayload;
  /** A test push from the setup form (MANAGE only; works while unpublished). Without recordId a sample record is made up. */
  testConnector: PushRun;
  /**
   * Manual push of one record. Checked in this order: the connector exists in the caller's
   * organization (else NOT_FOUND); its roles include the caller's role (FORBIDDEN); it is published
   * (CONFLICT); the record is of the connector's entity type and one the caller may see (NOT_FOUND).
   * Returns the run at once, QUEUED or later; its progress arrives on runStatusChanged.
   */
  triggerPush: PushRun;
  unpublishConnector: Connector;
  /** CONFLICT while the connector is published: turn it off first. MANAGE only. */
  updateConnector: Connector;
  updateContact: Contact;
  updateLoan: Loan;
  updateOrganization: Organization;
};

export type MutationCreateConnectorArgs = {
  input: ConnectorInput;
  publish?: Scalars['Boolean']['input'];
};

export type MutationCreateContactArgs = {
  input: ContactInput;
};

export type MutationCreateLoanArgs = {
  input: LoanInput;
};

export type MutationCreateRoleArgs = {
  input: RoleInput;
};

export type MutationCreateUserArgs = {
  input: UserInput;
};

export type MutationDefineCustomFieldArgs = {
  input: CustomFieldInput;
};

export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeleteLoanArgs = {
  id: Scalars['ID']['input'];
};

export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MutationPublishConnectorArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type MutationTestConnectorArgs = {
  id: Scalars['ID']['input'];
  recordId?: InputMaybe<Scalars['ID']['input']>;
};

export type MutationTriggerPushArgs = {
  connectorId: Scalars['ID']['input'];
  recordId: Scalars['ID']['input'];
};

export type MutationUnpublishConnectorArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUpdateConnectorArgs = {
  id: Scalars['ID']['input'];
  input: ConnectorInput;
  publish?: Scalars['Boolean']['input'];
};

export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: ContactInput;
};

export type MutationUpdateLoanArgs = {
  id: Scalars['ID']['input'];
  input: LoanInput;
};

export type MutationUpdateOrganizationArgs = {
  input: OrganizationInput;
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When false (the default is true), a birthday placeholder renders with 1904 as its year. */
  storesBirthYear: Scalars['Boolean']['output'];
};

export type OrganizationInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  storesBirthYear?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One push of one record by one connector, with every attempt's outcome summed up. */
export type PushRun = {
  __typename?: 'PushRun';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  connector: Connector;
  createdAt: Scalars['DateTime']['output'];
  /** Wall time of the last attempt. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  entityType: EntityType;
  /** Why it failed, in words a person can act on; null on success. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Null for automatic runs. */
  initiatedBy?: Maybe<User>;
  recordId: Scalars['ID']['output'];
  /** The rendered body as sent (secrets never appear here). */
  requestBody?: Maybe<Scalars['String']['output']>;
  requestMethod?: Maybe<HttpMethod>;
  requestUrl?: Maybe<Scalars['String']['output']>;
  /** The last response's body, cut at 64 KiB. */
  responseBody?: Maybe<Scalars['String']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: RunStatus;
  trigger: RunTrigger;
};

export type PushRunPage = {
  __typename?: 'PushRunPage';
  items: Array<PushRun>;
  page: Scalars['Int']['output'];
  pageCount: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  connector?: Maybe<Connector>;
  /** Alphabetical by name, case-insensitive; nine a page unless asked otherwise (pageSize 1 to 100). Needs READ_ONLY or MANAGE. */
  connectors: ConnectorPage;
  contact?: Maybe<Contact>;
  contacts: ContactPage;
  /** Every field a placeholder may name for this entity type, the organization's custom fields included. */
  fieldCatalog: Array<FieldDefinition>;
  loan?: Maybe<Loan>;
  loans: LoanPage;
  me: User;
  /** The published connectors of this entity type that the current user's role may push with: the 'Push to…' menu. */
  pushConnectors: Array<Connector>;
  roles: Array<Role>;
  run?: Maybe<PushRun>;
  /** Newest first; filters combine. */
  runs: PushRunPage;
  users: Array<User>;
};

export type QueryConnectorArgs = {
  id: Scalars['ID']['input'];
};

export type QueryConnectorsArgs = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};

export type QueryContactsArgs = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryFieldCatalogArgs = {
  entityType: EntityType;
};

export type QueryLoanArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLoansArgs = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPushConnectorsArgs = {
  entityType: EntityType;
};

export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRunsArgs = {
  connectorId?: InputMaybe<Scalars['ID']['input']>;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
  status?: InputMaybe<RunStatus>;
};

export type Role = {
  __typename?: 'Role';
  connectorAccess: ConnectorAccess;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type RoleInput = {
  connectorAccess: ConnectorAccess;
  name: Scalars['String']['input'];
};

export type RunStatus =
  /** Final: a criterion failed on a response not worth retrying, or attempts ran out. */
  | 'FAILURE'
  | 'QUEUED'
  /** An attempt failed in a way worth retrying (network error, timeout, 429, 5xx); another is scheduled. */
  | 'RETRYING'
  | 'RUNNING'
  /** The response met every success criterion. */
  | 'SUCCESS';

export type RunTrigger =
  | 'MANUAL'
  | 'ON_CREATE'
  | 'ON_DELETE'
  | 'ON_UPDATE'
  /** A test push made from the setup form; it works on unpublished connectors and does not change lastRun*. */
  | 'TEST';

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationName: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Any change to a connector of the caller's organization: saved, published, unpublished, or a new lastRun*. */
  connectorChanged: Connector;
  /** Every status change of the runs the caller may see, or of one connector's runs among them. */
  runStatusChanged: PushRun;
};

export type SubscriptionRunStatusChangedArgs = {
  connectorId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuccessCriterion = {
  __typename?: 'SuccessCriterion';
  comparator: Comparator;
  source: CriterionSource;
  value: Scalars['String']['output'];
};

export type SuccessCriterionInput = {
  comparator: Comparator;
  source: CriterionSource;
  /** Not blank. */
  value: Scalars['String']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
  role: Role;
};

export type UserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'User';
    id: string;
    email: string;
    name: string;
    role: { __typename?: 'Role'; id: string; name: string; connectorAccess: ConnectorAccess };
    organization: { __typename?: 'Organization'; id: string; name: string };
  };
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;

export type LoginMutation = {
  __typename?: 'Mutation';
  login: {
    __typename?: 'AuthPayload';
    token: string;
    user: { __typename?: 'User'; id: string; name: string };
  };
};

export type ConnectorSetupFieldsFragment = {
  __typename?: 'Connector';
  id: string;
  name: string;
  entityType: EntityType;
  automationTriggers: Array<AutomationTrigger>;
  published: boolean;
  roles: Array<{ __typename?: 'Role'; id: string; name: string }>;
  authentication: {
    __typename?: 'Authentication';
    type: AuthenticationType;
    username?: string | null;
    hasPasscode: boolean;
    tokenUrl?: string | null;
    tokenRequestBody?: string | null;
    accessTokenName?: string | null;
    tokenExpirationSeconds?: number | null;
    clientId?: string | null;
    hasClientSecret: boolean;
    scopes?: string | null;
  };
  request: {
    __typename?: 'DataRequest';
    url: string;
    method: HttpMethod;
    bodyTemplate: string;
    headers: Array<{ __typename?: 'Header'; key: string; value: string }>;
  };
  successCriteria: Array<{
    __typename?: 'SuccessCriterion';
    source: CriterionSource;
    comparator: Comparator;
    value: string;
  }>;
  delivery: {
    __typename?: 'DeliveryPolicy';
    maxAttempts: number;
    timeoutMs: number;
    rateLimitPerMinute?: number | null;
  };
};

export type ConnectorSetupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConnectorSetupQuery = {
  __typename?: 'Query';
  connector?: {
    __typename?: 'Connector';
    id: string;
    name: string;
    entityType: EntityType;
    automationTriggers: Array<AutomationTrigger>;
    published: boolean;
    roles: Array<{ __typename?: 'Role'; id: string; name: string }>;
    authentication: {
      __typename?: 'Authentication';
      type: AuthenticationType;
      username?: string | null;
      hasPasscode: boolean;
      tokenUrl?: string | null;
      tokenRequestBody?: string | null;
      accessTokenName?: string | null;
      tokenExpirationSeconds?: number | null;
      clientId?: string | null;
      hasClientSecret: boolean;
      scopes?: string | null;
    };
    request: {
      __typename?: 'DataRequest';
      url: string;
      method: HttpMethod;
      bodyTemplate: string;
      headers: Array<{ __typename?: 'Header'; key: string; value: string }>;
    };
    successCriteria: Array<{
      __typename?: 'SuccessCriterion';
      source: CriterionSource;
      comparator: Comparator;
      value: string;
    }>;
    delivery: {
      __typename?: 'DeliveryPolicy';
      maxAttempts: number;
      timeoutMs: number;
      rateLimitPerMinute?: number | null;
    };
  } | null;
};

export type SetupOptionsQueryVariables = Exact<{
  entityType: EntityType;
}>;

export type SetupOptionsQuery = {
  __typename?: 'Query';
  roles: Array<{ __typename?: 'Role'; id: string; name: string; connectorAccess: ConnectorAccess }>;
  fieldCatalog: Array<{
    __typename?: 'FieldDefinition';
    key: string;
    label: string;
    type: FieldType;
    custom: boolean;
  }>;
};

export type CreateConnectorMutationVariables = Exact<{
  input: ConnectorInput;
  publish: Scalars['Boolean']['input'];
}>;

export type CreateConnectorMutation = {
  __typename?: 'Mutation';
  createConnector: {
    __typename?: 'Connector';
    id: string;
    name: string;
    entityType: EntityType;
    automationTriggers: Array<AutomationTrigger>;
    published: boolean;
    roles: Array<{ __typename?: 'Role'; id: string; name: string }>;
    authentication: {
      __typename?: 'Authentication';
      type: AuthenticationType;
      username?: string | null;
      hasPasscode: boolean;
      tokenUrl?: string | null;
      tokenRequestBody?: string | null;
      accessTokenName?: string | null;
      tokenExpirationSeconds?: number | null;
      clientId?: string | null;
      hasClientSecret: boolean;
      scopes?: string | null;
    };
    request: {
      __typename?: 'DataRequest';
      url: string;
      method: HttpMethod;
      bodyTemplate: string;
      headers: Array<{ __typename?: 'Header'; key: string; value: string }>;
    };
    successCriteria: Array<{
      __typename?: 'SuccessCriterion';
      source: CriterionSource;
      comparator: Comparator;
      value: string;
    }>;
    delivery: {
      __typename?: 'DeliveryPolicy';
      maxAttempts: number;
      timeoutMs: number;
      rateLimitPerMinute?: number | null;
    };
  };
};

export type UpdateConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ConnectorInput;
  publish: Scalars['Boolean']['input'];
}>;

export type UpdateConnectorMutation = {
  __typename?: 'Mutation';
  updateConnector: {
    __typename?: 'Connector';
    id: string;
    name: string;
    entityType: EntityType;
    automationTriggers: Array<AutomationTrigger>;
    published: boolean;
    roles: Array<{ __typename?: 'Role'; id: string; name: string }>;
    authentication: {
      __typename?: 'Authentication';
      type: AuthenticationType;
      username?: string | null;
      hasPasscode: boolean;
      tokenUrl?: string | null;
      tokenRequestBody?: string | null;
      accessTokenName?: string | null;
      tokenExpirationSeconds?: number | null;
      clientId?: string | null;
      hasClientSecret: boolean;
      scopes?: string | null;
    };
    request: {
      __typename?: 'DataRequest';
      url: string;
      method: HttpMethod;
      bodyTemplate: string;
      headers: Array<{ __typename?: 'Header'; key: string; value: string }>;
    };
    successCriteria: Array<{
      __typename?: 'SuccessCriterion';
      source: CriterionSource;
      comparator: Comparator;
      value: string;
    }>;
    delivery: {
      __typename?: 'DeliveryPolicy';
      maxAttempts: number;
      timeoutMs: number;
      rateLimitPerMinute?: number | null;
    };
  };
};

export type ConnectorTileFieldsFragment = {
  __typename?: 'Connector';
  id: string;
  name: string;
  published: boolean;
  entityType: EntityType;
  lastRunAt?: string | null;
  lastRunStatus?: RunStatus | null;
};

export type ConnectorsQueryVariables = Exact<{
  page: Scalars['Int']['input'];
}>;

export type ConnectorsQuery = {
  __typename?: 'Query';
  connectors: {
    __typename?: 'ConnectorPage';
    page: number;
    pageCount: number;
    totalCount: number;
    items: Array<{
      __typename?: 'Connector';
      id: string;
      name: string;
      published: boolean;
      entityType: EntityType;
      lastRunAt?: string | null;
      lastRunStatus?: RunStatus | null;
    }>;
  };
};

export type PublishConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type PublishConnectorMutation = {
  __typename?: 'Mutation';
  publishConnector: {
    __typename?: 'Connector';
    id: string;
    name: string;
    published: boolean;
    entityType: EntityType;
    lastRunAt?: string | null;
    lastRunStatus?: RunStatus | null;
  };
};

export type UnpublishConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnpublishConnectorMutation = {
  __typename?: 'Mutation';
  unpublishConnector: {
    __typename?: 'Connector';
    id: string;
    name: string;
    published: boolean;
    entityType: EntityType;
    lastRunAt?: string | null;
    lastRunStatus?: RunStatus | null;
  };
};

export type ConnectorChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ConnectorChangedSubscription = {
  __typename?: 'Subscription';
  connectorChanged: {
    __typename?: 'Connector';
    id: string;
    name: string;
    published: boolean;
    entityType: EntityType;
    lastRunAt?: string | null;
    lastRunStatus?: RunStatus | null;
  };
};

export const ConnectorSetupFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorSetupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automationTriggers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authentication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasPasscode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenRequestBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenExpirationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasClientSecret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTemplate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successCriteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorSetupFieldsFragment, unknown>;
export const ConnectorTileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorTileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorTileFieldsFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'role' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'connectorAccess' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ConnectorSetupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConnectorSetup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorSetupFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorSetupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automationTriggers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authentication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasPasscode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenRequestBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenExpirationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasClientSecret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTemplate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successCriteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorSetupQuery, ConnectorSetupQueryVariables>;
export const SetupOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SetupOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityType' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'connectorAccess' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fieldCatalog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'custom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetupOptionsQuery, SetupOptionsQueryVariables>;
export const CreateConnectorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConnector' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectorInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'publish' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConnector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'publish' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'publish' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorSetupFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorSetupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automationTriggers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authentication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasPasscode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenRequestBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenExpirationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasClientSecret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTemplate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successCriteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateConnectorMutation, CreateConnectorMutationVariables>;
export const UpdateConnectorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateConnector' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectorInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'publish' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConnector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'publish' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'publish' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorSetupFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorSetupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automationTriggers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authentication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasPasscode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenRequestBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenExpirationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasClientSecret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyTemplate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successCriteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delivery' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConnectorMutation, UpdateConnectorMutationVariables>;
export const ConnectorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Connectors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ConnectorTileFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorTileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorsQuery, ConnectorsQueryVariables>;
export const PublishConnectorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishConnector' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishConnector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorTileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorTileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishConnectorMutation, PublishConnectorMutationVariables>;
export const UnpublishConnectorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnpublishConnector' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unpublishConnector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorTileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorTileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpublishConnectorMutation, UnpublishConnectorMutationVariables>;
export const ConnectorChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ConnectorChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connectorChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorTileFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectorTileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRunStatus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorChangedSubscription, ConnectorChangedSubscriptionVariables>;
