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
  /** ISO-8601, UTC */
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
  /** 1 to 2592000 seconds, default 1800 */
  tokenExpirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  tokenRequestBody?: InputMaybe<Scalars['String']['input']>;
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
  type: AuthenticationType;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AuthenticationType = 'BASIC' | 'NONE' | 'OAUTH2_CLIENT_CREDENTIALS' | 'TOKEN';

export type AutomationTrigger = 'ON_CREATE' | 'ON_DELETE' | 'ON_UPDATE';

export type BulkJob = {
  __typename?: 'BulkJob';
  connector: Connector;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  failed: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: BulkJobKind;
  /** Runs created so far. */
  queued: Scalars['Int']['output'];
  status: BulkJobStatus;
  /** Of those runs, how many ended SUCCESS, and how many FAILURE. */
  succeeded: Scalars['Int']['output'];
  /** Records (PUSH) or runs (REPLAY) selected when the job began. */
  total: Scalars['Int']['output'];
};

export type BulkJobKind = 'PUSH' | 'REPLAY';

export type BulkJobPage = {
  __typename?: 'BulkJobPage';
  items: Array<BulkJob>;
  page: Scalars['Int']['output'];
  pageCount: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type BulkJobStatus =
  | 'CANCELLED'
  /** Every selected record or run has a run, and every one of those runs is final. */
  | 'DONE'
  | 'RUNNING';

export type Comparator = 'CONTAINS' | 'EQUALS' | 'NOT_CONTAINS' | 'NOT_EQUALS';

export type Connector = {
  __typename?: 'Connector';
  authentication: Authentication;
  automationTriggers: Array<AutomationTrigger>;
  createdAt: Scalars['DateTime']['output'];
  delivery: DeliveryPolicy;
  entityType: EntityType;
  id: Scalars['ID']['output'];
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  lastRunStatus?: Maybe<RunStatus>;
  matching: Matching;
  name: Scalars['String']['output'];
  /**
   * Why the connector turned itself off (delivery.pauseAfterFailures), e.g. "Turned off after 20
   * failed pushes in a row; the last: HTTP 500". Null otherwise; publishConnector clears it.
   */
  pausedReason?: Maybe<Scalars['String']['output']>;
  /** On: pushes run. Off: no push runs, automatic or manual (test pushes excepted). */
  published: Scalars['Boolean']['output'];
  request: DataRequest;
  /** Null: nothing is read from responses. */
  responseMapping?: Maybe<ResponseMapping>;
  /** The roles whose users may push with it, and whose users' records its automation triggers push. */
  roles: Array<Role>;
  /** Newest first. */
  runs: PushRunPage;
  signing: Signing;
  /** One entry per day, oldest first, ending today, days 1 to 90. */
  stats: Array<RunDay>;
  successCriteria: Array<SuccessCriterion>;
  updatedAt: Scalars['DateTime']['output'];
  /** The current version number. */
  version: Scalars['Int']['output'];
  /** Newest first. */
  versions: Array<ConnectorVersion>;
};

export type ConnectorRunsArgs = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

export type ConnectorStatsArgs = {
  days?: Scalars['Int']['input'];
};

export type ConnectorAccess = 'MANAGE' | 'NONE' | 'READ_ONLY';

export type ConnectorInput = {
  authentication: AuthenticationInput;
  automationTriggers?: Array<AutomationTrigger>;
  /**
   * Left out on an update: the stored policy stays. Left out on a create, or a field of it left
   * out: the defaults (5 attempts, 10000 ms, no rate limit, retry on 408, 429, 5xx, never turned off).
   */
  delivery?: InputMaybe<DeliveryPolicyInput>;
  entityType: EntityType;
  /** Left out on an update: the stored matching stays. Left out on a create: off. */
  matching?: InputMaybe<MatchingInput>;
  /** Not blank, at most 100 characters, unique in the organization (case-insensitive). */
  name: Scalars['String']['input'];
  request: DataRequestInput;
  /** Null (the default) removes the mapping. RESPONSE_VALUE criteria need one (BAD_USER_INPUT). */
  responseMapping?: InputMaybe<ResponseMappingInput>;
  /** At least one role of the organization. */
  roleIds: Array<Scalars['ID']['input']>;
  /** Sign every push (default false). The first save with signing on makes the secret. */
  signPushes?: InputMaybe<Scalars['Boolean']['input']>;
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

export type ConnectorVersion = {
  __typename?: 'ConnectorVersion';
  /** What this version changed from the one before it; empty for version 1. */
  changes: Array<FieldChange>;
  savedAt: Scalars['DateTime']['output'];
  savedBy?: Maybe<User>;
  /** 1 for the first save, one more for each later save or restore. */
  version: Scalars['Int']['output'];
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
  /** Where the contact came from; connectors match it by name to the target's lead sources. */
  leadSource?: Maybe<Scalars['String']['output']>;
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
  /** At most 100 characters; matched by name to the target's lead sources. */
  leadSource?: InputMaybe<Scalars['String']['input']>;
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

export type CriterionSource = 'RESPONSE_BODY' | 'RESPONSE_VALUE' | 'STATUS_CODE';

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
  /** At most 10,000 characters; must fit the field type. */
  value?: InputMaybe<Scalars['String']['input']>;
};

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
  /** Attempts per push including the first, 1 to 20, default 5. Back-off between them: 1 s, 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, then 24 h (each ±20 %). */
  maxAttempts: Scalars['Int']['output'];
  /** After this many final FAILURE runs in a row (test runs aside) the connector turns itself off; null: never (the default). */
  pauseAfterFailures?: Maybe<Scalars['Int']['output']>;
  rateLimitPerMinute?: Maybe<Scalars['Int']['output']>;
  /**
   * The HTTP statuses worth retrying, each a code ("409") or a class ("5xx"). Default
   * ["408", "429", "5xx"]. Any other status is final when a criterion fails. Network errors and
   * timeouts are always retried.
   */
  retryOn: Array<Scalars['String']['output']>;
  /** Per attempt, 1000 to 60000, default 10000. */
  timeoutMs: Scalars['Int']['output'];
};

export type DeliveryPolicyInput = {
  /** 1 to 20, default 5 */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 1000, or null. */
  pauseAfterFailures?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 1000000 requests a minute, none by default */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Each a code 100-599 or a class 1xx-5xx (BAD_USER_INPUT otherwise); null keeps the default. */
  retryOn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1000 to 60000 ms, default 10000 */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityType = 'CONTACT' | 'LOAN';

export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** The value before and after as JSON text, null when absent; a secret shows as "(secret)", never its value. */
  before?: Maybe<Scalars['String']['output']>;
  /** A path in ConnectorInput terms: name, request.url, request.headers.0.value, authentication.passcode, ... */
  path: Scalars['String']['output'];
};

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
  /**
   * A secret header's value (an API key, say) is write-only like a passcode: `value` is returned as
   * the empty string, it is encrypted at rest, and runs, logs, versions and events show it as
   * "[redacted]".
   */
  secret: Scalars['Boolean']['output'];
  /** The empty string for a secret header. */
  value: Scalars['String']['output'];
};

export type HeaderInput = {
  /** Not blank. */
  key: Scalars['String']['input'];
  /** On update, a secret header sent with an empty value keeps the value stored for the same key. */
  secret?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not blank. */
  value: Scalars['String']['input'];
};

/** A header of a request or response, as sent or received. */
export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HttpMethod = 'GET' | 'PATCH' | 'POST' | 'PUT';

/**
 * The target's lead source list, matched to the record's lead source name (case-insensitive);
 * the match's id fills leadSourceId. A name that is not there is created when createUrl is set, else
 * leadSourceId is null.
 */
export type LeadSourceMatching = {
  __typename?: 'LeadSourceMatching';
  /** POST {"<name field>": name} to create a missing lead source; null: never create. */
  createUrl?: Maybe<Scalars['String']['output']>;
  /** The key (or dot path) of a lead source's id. */
  idField: Scalars['String']['output'];
  /** GET: a JSON list of lead sources (or an object holding one). */
  listUrl: Scalars['String']['output'];
  /** The key (or dot path) of a lead source's name. */
  nameField: Scalars['String']['output'];
};

export type LeadSourceMatchingInput = {
  createUrl?: InputMaybe<Scalars['String']['input']>;
  idField: Scalars['String']['input'];
  listUrl: Scalars['String']['input'];
  nameField: Scalars['String']['input'];
};

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

/** Staff and lead source matching; each is off when null. */
export type Matching = {
  __typename?: 'Matching';
  leadSource?: Maybe<LeadSourceMatching>;
  staff?: Maybe<StaffMatching>;
};

export type MatchingInput = {
  /** Null: no lead source matching. */
  leadSource?: InputMaybe<LeadSourceMatchingInput>;
  /** Null: no staff matching. */
  staff?: InputMaybe<StaffMatchingInput>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * One run (trigger BULK) for each record of the connector's entity type that matches filter and
   * whose owner's role is among the connector's roles (as automation), within the connector's rate
   * limit. MANAGE only; CONFLICT when off. Returns at once; copes with 100,000 records without
   * holding them in memory, and a restart resumes it where it was.
   */
  bulkPush: BulkJob;
  /** Stops making runs for a RUNNING job (runs already made go on). MANAGE only. Returns it CANCELLED. */
  cancelBulkJob: BulkJob;
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
  /** A token valid 12 hours. Email at most 254, password at most 1000 characters. After 5 failed logins for one email (or 20 from one address) within 15 minutes: TOO_MANY_REQUESTS with extensions.retryAfterSeconds. */
  login: AuthPayload;
  publishConnector: Connector;
  /** Replays, as one bulk job, every FAILURE run of the connector that finished in [from, to). MANAGE only; CONFLICT when off. */
  replayFailedRuns: BulkJob;
  /**
   * Pushes the record as it was in that run (its snapshot) again, rendered with the connector's
   * current setup, as a new run: trigger REPLAY, replayOf set, its own id as Idempotency-Key.
   * Who may: MANAGE, or a user whose role may push with the connector and who may see the run.
   * CONFLICT when the connector is off or the run is not final.
   */
  replayRun: PushRun;
  /**
   * Saves the setup of version n (secrets included) as a new version, the connector staying off.
   * MANAGE only; CONFLICT while published; NOT_FOUND for no such version.
   */
  restoreConnectorVersion: Connector;
  /**
   * Makes a new secret at once and returns it (MANAGE only; allowed while published). For 24 hours
   * pushes carry signatures made with both the new and the previous secret. CONFLICT when signing
   * is off.
   */
  rotateSigningSecret: Scalars['String']['output'];
  /** Ends every session of the current user: tokens issued before now stop working (UNAUTHENTICATED), live sockets close. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Creates an organization, its MANAGE role 'Administrator', and its first user in that role. With SIGNUP=first (the default) only while no organization exists; else FORBIDDEN. At most one signUp or login per request. */
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

export type MutationBulkPushArgs = {
  connectorId: Scalars['ID']['input'];
  filter?: InputMaybe<RecordFilter>;
};

export type MutationCancelBulkJobArgs = {
  id: Scalars['ID']['input'];
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

export type MutationReplayFailedRunsArgs = {
  connectorId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type MutationReplayRunArgs = {
  runId: Scalars['ID']['input'];
};

export type MutationRestoreConnectorVersionArgs = {
  connectorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MutationRotateSigningSecretArgs = {
  connectorId: Scalars['ID']['input'];
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

/** One attempt of a push run, as sent and as answered. */
export type PushAttempt = {
  __typename?: 'PushAttempt';
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt: Scalars['DateTime']['output'];
  number: Scalars['Int']['output'];
  /** SUCCESS, RETRY or FAILURE. */
  outcome: Scalars['String']['output'];
  requestBody?: Maybe<Scalars['String']['output']>;
  /**
   * The request headers as sent, authorization and secret headers "[redacted]"; null when no
   * request was sent (or for attempts made before headers were kept). At most 8 KiB are kept.
   */
  requestHeaders?: Maybe<Array<HttpHeader>>;
  requestMethod?: Maybe<Scalars['String']['output']>;
  requestUrl?: Maybe<Scalars['String']['output']>;
  responseBody?: Maybe<Scalars['String']['output']>;
  /**
   * The response headers as received (cookies "[redacted]"); null when no response came. At most
   * 8 KiB are kept.
   */
  responseHeaders?: Maybe<Array<HttpHeader>>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  responseValue?: Maybe<Scalars['String']['output']>;
  responseValueError?: Maybe<Scalars['String']['output']>;
  startedAt: Scalars['DateTime']['output'];
};

/** One push of one record by one connector, with every attempt's outcome summed up. */
export type PushRun = {
  __typename?: 'PushRun';
  /** Every attempt so far, oldest first. */
  attemptLog: Array<PushAttempt>;
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The bulk job that made this run. */
  bulkJob?: Maybe<BulkJob>;
  connector: Connector;
  /** The connector version the run's last attempt was pushed with. */
  connectorVersion?: Maybe<Scalars['Int']['output']>;
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
  /** When the next attempt is due (RETRYING). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  recordId: Scalars['ID']['output'];
  /**
   * The record as it was pushed: a contact's full name or a loan's number, from the run's
   * snapshot (so it stays after the record is deleted); null if the snapshot has neither.
   */
  recordLabel?: Maybe<Scalars['String']['output']>;
  /** The run this one replays. */
  replayOf?: Maybe<PushRun>;
  /** The rendered body as sent (secrets never appear here). */
  requestBody?: Maybe<Scalars['String']['output']>;
  requestMethod?: Maybe<HttpMethod>;
  requestUrl?: Maybe<Scalars['String']['output']>;
  /** The last response's body, cut at 64 KiB. */
  responseBody?: Maybe<Scalars['String']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /**
   * The value the connector's responseMapping read from the last response, for SUCCESS and
   * FAILURE runs alike; null with no mapping, no response, an absent key or a body that does not
   * parse as its format. The Result column of the run log.
   */
  responseValue?: Maybe<Scalars['String']['output']>;
  /**
   * Why responseValue is null although a mapping exists and a response came, in words a person can
   * act on, e.g. "data.id is not in the JSON response" or "the response is not valid XML".
   */
  responseValueError?: Maybe<Scalars['String']['output']>;
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
  /** READ_ONLY or MANAGE. */
  bulkJob?: Maybe<BulkJob>;
  /** Newest first. READ_ONLY or MANAGE. */
  bulkJobs: BulkJobPage;
  /** Beyond the contract: how many records bulkPush(connectorId, filter) would select now. MANAGE only. */
  bulkPushCount: Scalars['Int']['output'];
  connector?: Maybe<Connector>;
  /** What changed from version `from` to version `to` (READ_ONLY or MANAGE). */
  connectorDiff: Array<FieldChange>;
  /** Alphabetical by name, case-insensitive; nine a page unless asked otherwise (pageSize 1 to 100). Needs READ_ONLY or MANAGE. */
  connectors: ConnectorPage;
  contact?: Maybe<Contact>;
  contacts: ContactPage;
  /** Beyond the contract: how many runs replayFailedRuns(connectorId, from, to) would replay now. MANAGE only. */
  failedRunCount: Scalars['Int']['output'];
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
  /** The runs the caller may see that match, newest first. */
  searchRuns: PushRunPage;
  /**
   * The connector's current signing secret: "whsec_" and the base64 of 24 to 64 random bytes.
   * MANAGE only (FORBIDDEN otherwise); null when signing was never on. Never in any other field,
   * run, log or event.
   */
  signingSecret?: Maybe<Scalars['String']['output']>;
  users: Array<User>;
};

export type QueryBulkJobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryBulkJobsArgs = {
  connectorId?: InputMaybe<Scalars['ID']['input']>;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

export type QueryBulkPushCountArgs = {
  connectorId: Scalars['ID']['input'];
  filter?: InputMaybe<RecordFilter>;
};

export type QueryConnectorArgs = {
  id: Scalars['ID']['input'];
};

export type QueryConnectorDiffArgs = {
  connectorId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
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

export type QueryFailedRunCountArgs = {
  connectorId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
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

export type QuerySearchRunsArgs = {
  filter: RunFilter;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

export type QuerySigningSecretArgs = {
  connectorId: Scalars['ID']['input'];
};

/** Which records a bulk push takes; fields combine. */
export type RecordFilter = {
  /** As the search argument of contacts and loans. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records last updated at or after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ResponseFormat = 'JSON' | 'TEXT' | 'XML';

export type ResponseMapping = {
  __typename?: 'ResponseMapping';
  /** TEXT only; null for JSON and XML. */
  delimiter?: Maybe<Scalars['String']['output']>;
  format: ResponseFormat;
  responseKey: Scalars['String']['output'];
  /**
   * A custom field key of the connector's entity type (contact.custom.<key> or loan.custom.<key>)
   * that each SUCCESS run writes its responseValue to (nothing is written when the value is null).
   * The write is not a record update: it triggers no automation and leaves updatedAt alone.
   */
  writeBackField?: Maybe<Scalars['String']['output']>;
};

export type ResponseMappingInput = {
  /** TEXT only (BAD_USER_INPUT for JSON or XML): 1 to 5 characters; null means ",". */
  delimiter?: InputMaybe<Scalars['String']['input']>;
  format: ResponseFormat;
  /** Not blank. */
  responseKey: Scalars['String']['input'];
  /** A custom field of the connector's entity type in fieldCatalog (BAD_USER_INPUT otherwise). */
  writeBackField?: InputMaybe<Scalars['String']['input']>;
};

export type Role = {
  __typename?: 'Role';
  connectorAccess: ConnectorAccess;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type RoleInput = {
  connectorAccess: ConnectorAccess;
  /** 1 to 100 characters, unique in the organization whatever the case. */
  name: Scalars['String']['input'];
};

/** One UTC day of a connector's finished non-test runs. */
export type RunDay = {
  __typename?: 'RunDay';
  /** YYYY-MM-DD. */
  day: Scalars['String']['output'];
  failed: Scalars['Int']['output'];
  /** Median and 95th percentile of the day's durationMs; null with no runs. */
  p50Ms?: Maybe<Scalars['Int']['output']>;
  p95Ms?: Maybe<Scalars['Int']['output']>;
  succeeded: Scalars['Int']['output'];
};

/** Filters of searchRuns; they combine. */
export type RunFilter = {
  connectorId?: InputMaybe<Scalars['ID']['input']>;
  /** finishedAt, or createdAt for open runs, in [from, to). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RunStatus>;
  /** Case-insensitive substring of the error, the response body, the request URL or the record's label. */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  trigger?: InputMaybe<RunTrigger>;
};

export type RunStatus = 'FAILURE' | 'QUEUED' | 'RETRYING' | 'RUNNING' | 'SUCCESS';

export type RunTrigger =
  'BULK' | 'MANUAL' | 'ON_CREATE' | 'ON_DELETE' | 'ON_UPDATE' | 'REPLAY' | 'TEST';

export type SignUpInput = {
  /** At most 254 characters. */
  email: Scalars['String']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 1 to 200 characters. */
  organizationName: Scalars['String']['input'];
  /** 8 to 1000 characters. */
  password: Scalars['String']['input'];
};

export type Signing = {
  __typename?: 'Signing';
  enabled: Scalars['Boolean']['output'];
  /** Until then every push also carries a signature made with the previous secret; null when none. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the current secret was made; null when signing was never on. */
  secretCreatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * The target's staff list, matched to the record owner's email (case-insensitive); the match's id
 * fills owner.staffId, null when none matches.
 */
export type StaffMatching = {
  __typename?: 'StaffMatching';
  /** The key (or dot path) of a staff member's email. */
  emailField: Scalars['String']['output'];
  /** The key (or dot path) of a staff member's id. */
  idField: Scalars['String']['output'];
  /** GET: a JSON list of staff (or an object holding one). */
  listUrl: Scalars['String']['output'];
};

export type StaffMatchingInput = {
  emailField: Scalars['String']['input'];
  idField: Scalars['String']['input'];
  listUrl: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Progress of one bulk job the caller may see: at most about 4 events a second, and always its final state. */
  bulkJobChanged: BulkJob;
  /** Any change to a connector of the caller's organization: saved, published, unpublished, or a new lastRun*. */
  connectorChanged: Connector;
  /** Every status change of the runs the caller may see, or of one connector's runs among them. */
  runStatusChanged: PushRun;
};

export type SubscriptionBulkJobChangedArgs = {
  id: Scalars['ID']['input'];
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
  /** At most 254 characters. */
  email: Scalars['String']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 8 to 1000 characters. */
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

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutEverywhereMutation = { __typename?: 'Mutation'; signOutEverywhere: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never }>;

export type UsersQuery = {
  __typename?: 'Query';
  users: Array<{ __typename?: 'User'; id: string; name: string; email: string }>;
};

export type BulkJobFieldsFragment = {
  __typename?: 'BulkJob';
  id: string;
  kind: BulkJobKind;
  status: BulkJobStatus;
  total: number;
  queued: number;
  succeeded: number;
  failed: number;
  createdAt: string;
  finishedAt?: string | null;
  createdBy: { __typename?: 'User'; id: string; name: string };
};

export type BulkJobsQueryVariables = Exact<{
  connectorId?: InputMaybe<Scalars['ID']['input']>;
  page: Scalars['Int']['input'];
  pageSize: Scalars['Int']['input'];
}>;

export type BulkJobsQuery = {
  __typename?: 'Query';
  bulkJobs: {
    __typename?: 'BulkJobPage';
    totalCount: number;
    items: Array<{
      __typename?: 'BulkJob';
      id: string;
      kind: BulkJobKind;
      status: BulkJobStatus;
      total: number;
      queued: number;
      succeeded: number;
      failed: number;
      createdAt: string;
      finishedAt?: string | null;
      createdBy: { __typename?: 'User'; id: string; name: string };
    }>;
  };
};

export type BulkJobChangedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type BulkJobChangedSubscription = {
  __typename?: 'Subscription';
  bulkJobChanged: {
    __typename?: 'BulkJob';
    id: string;
    kind: BulkJobKind;
    status: BulkJobStatus;
    total: number;
    queued: number;
    succeeded: number;
    failed: number;
    createdAt: string;
    finishedAt?: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string };
  };
};

export type BulkPushCountQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  filter?: InputMaybe<RecordFilter>;
}>;

export type BulkPushCountQuery = { __typename?: 'Query'; bulkPushCount: number };

export type FailedRunCountQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;

export type FailedRunCountQuery = { __typename?: 'Query'; failedRunCount: number };

export type BulkPushMutationVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  filter?: InputMaybe<RecordFilter>;
}>;

export type BulkPushMutation = {
  __typename?: 'Mutation';
  bulkPush: {
    __typename?: 'BulkJob';
    id: string;
    kind: BulkJobKind;
    status: BulkJobStatus;
    total: number;
    queued: number;
    succeeded: number;
    failed: number;
    createdAt: string;
    finishedAt?: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string };
  };
};

export type ReplayFailedRunsMutationVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;

export type ReplayFailedRunsMutation = {
  __typename?: 'Mutation';
  replayFailedRuns: {
    __typename?: 'BulkJob';
    id: string;
    kind: BulkJobKind;
    status: BulkJobStatus;
    total: number;
    queued: number;
    succeeded: number;
    failed: number;
    createdAt: string;
    finishedAt?: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string };
  };
};

export type CancelBulkJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CancelBulkJobMutation = {
  __typename?: 'Mutation';
  cancelBulkJob: {
    __typename?: 'BulkJob';
    id: string;
    kind: BulkJobKind;
    status: BulkJobStatus;
    total: number;
    queued: number;
    succeeded: number;
    failed: number;
    createdAt: string;
    finishedAt?: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string };
  };
};

export type ReplayRunMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;

export type ReplayRunMutation = {
  __typename?: 'Mutation';
  replayRun: {
    __typename?: 'PushRun';
    id: string;
    trigger: RunTrigger;
    entityType: EntityType;
    recordId: string;
    recordLabel?: string | null;
    status: RunStatus;
    attempts: number;
    requestMethod?: HttpMethod | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    responseValue?: string | null;
    responseValueError?: string | null;
    error?: string | null;
    durationMs?: number | null;
    createdAt: string;
    finishedAt?: string | null;
    nextAttemptAt?: string | null;
    connector: { __typename?: 'Connector'; id: string; name: string };
    initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
  };
};

export type ConnectorSetupFieldsFragment = {
  __typename?: 'Connector';
  id: string;
  name: string;
  entityType: EntityType;
  automationTriggers: Array<AutomationTrigger>;
  published: boolean;
  version: number;
  pausedReason?: string | null;
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
    headers: Array<{ __typename?: 'Header'; key: string; value: string; secret: boolean }>;
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
    retryOn: Array<string>;
    pauseAfterFailures?: number | null;
  };
  matching: {
    __typename?: 'Matching';
    staff?: {
      __typename?: 'StaffMatching';
      listUrl: string;
      idField: string;
      emailField: string;
    } | null;
    leadSource?: {
      __typename?: 'LeadSourceMatching';
      listUrl: string;
      idField: string;
      nameField: string;
      createUrl?: string | null;
    } | null;
  };
  responseMapping?: {
    __typename?: 'ResponseMapping';
    format: ResponseFormat;
    responseKey: string;
    delimiter?: string | null;
    writeBackField?: string | null;
  } | null;
  signing: {
    __typename?: 'Signing';
    enabled: boolean;
    secretCreatedAt?: string | null;
    previousSecretExpiresAt?: string | null;
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
    version: number;
    pausedReason?: string | null;
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
      headers: Array<{ __typename?: 'Header'; key: string; value: string; secret: boolean }>;
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
      retryOn: Array<string>;
      pauseAfterFailures?: number | null;
    };
    matching: {
      __typename?: 'Matching';
      staff?: {
        __typename?: 'StaffMatching';
        listUrl: string;
        idField: string;
        emailField: string;
      } | null;
      leadSource?: {
        __typename?: 'LeadSourceMatching';
        listUrl: string;
        idField: string;
        nameField: string;
        createUrl?: string | null;
      } | null;
    };
    responseMapping?: {
      __typename?: 'ResponseMapping';
      format: ResponseFormat;
      responseKey: string;
      delimiter?: string | null;
      writeBackField?: string | null;
    } | null;
    signing: {
      __typename?: 'Signing';
      enabled: boolean;
      secretCreatedAt?: string | null;
      previousSecretExpiresAt?: string | null;
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
    version: number;
    pausedReason?: string | null;
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
      headers: Array<{ __typename?: 'Header'; key: string; value: string; secret: boolean }>;
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
      retryOn: Array<string>;
      pauseAfterFailures?: number | null;
    };
    matching: {
      __typename?: 'Matching';
      staff?: {
        __typename?: 'StaffMatching';
        listUrl: string;
        idField: string;
        emailField: string;
      } | null;
      leadSource?: {
        __typename?: 'LeadSourceMatching';
        listUrl: string;
        idField: string;
        nameField: string;
        createUrl?: string | null;
      } | null;
    };
    responseMapping?: {
      __typename?: 'ResponseMapping';
      format: ResponseFormat;
      responseKey: string;
      delimiter?: string | null;
      writeBackField?: string | null;
    } | null;
    signing: {
      __typename?: 'Signing';
      enabled: boolean;
      secretCreatedAt?: string | null;
      previousSecretExpiresAt?: string | null;
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
    version: number;
    pausedReason?: string | null;
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
      headers: Array<{ __typename?: 'Header'; key: string; value: string; secret: boolean }>;
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
      retryOn: Array<string>;
      pauseAfterFailures?: number | null;
    };
    matching: {
      __typename?: 'Matching';
      staff?: {
        __typename?: 'StaffMatching';
        listUrl: string;
        idField: string;
        emailField: string;
      } | null;
      leadSource?: {
        __typename?: 'LeadSourceMatching';
        listUrl: string;
        idField: string;
        nameField: string;
        createUrl?: string | null;
      } | null;
    };
    responseMapping?: {
      __typename?: 'ResponseMapping';
      format: ResponseFormat;
      responseKey: string;
      delimiter?: string | null;
      writeBackField?: string | null;
    } | null;
    signing: {
      __typename?: 'Signing';
      enabled: boolean;
      secretCreatedAt?: string | null;
      previousSecretExpiresAt?: string | null;
    };
  };
};

export type SigningSecretQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
}>;

export type SigningSecretQuery = { __typename?: 'Query'; signingSecret?: string | null };

export type RotateSigningSecretMutationVariables = Exact<{
  connectorId: Scalars['ID']['input'];
}>;

export type RotateSigningSecretMutation = { __typename?: 'Mutation'; rotateSigningSecret: string };

export type ConnectorTileFieldsFragment = {
  __typename?: 'Connector';
  id: string;
  name: string;
  published: boolean;
  entityType: EntityType;
  lastRunAt?: string | null;
  lastRunStatus?: RunStatus | null;
  pausedReason?: string | null;
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
      pausedReason?: string | null;
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
    pausedReason?: string | null;
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
    pausedReason?: string | null;
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
    pausedReason?: string | null;
  };
};

export type ConnectorVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConnectorVersionsQuery = {
  __typename?: 'Query';
  connector?: {
    __typename?: 'Connector';
    id: string;
    version: number;
    published: boolean;
    versions: Array<{
      __typename?: 'ConnectorVersion';
      version: number;
      savedAt: string;
      savedBy?: { __typename?: 'User'; id: string; name: string } | null;
      changes: Array<{
        __typename?: 'FieldChange';
        path: string;
        before?: string | null;
        after?: string | null;
      }>;
    }>;
  } | null;
};

export type ConnectorDiffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;

export type ConnectorDiffQuery = {
  __typename?: 'Query';
  connectorDiff: Array<{
    __typename?: 'FieldChange';
    path: string;
    before?: string | null;
    after?: string | null;
  }>;
};

export type RestoreConnectorVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;

export type RestoreConnectorVersionMutation = {
  __typename?: 'Mutation';
  restoreConnectorVersion: {
    __typename?: 'Connector';
    id: string;
    name: string;
    entityType: EntityType;
    automationTriggers: Array<AutomationTrigger>;
    published: boolean;
    version: number;
    pausedReason?: string | null;
    lastRunAt?: string | null;
    lastRunStatus?: RunStatus | null;
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
      headers: Array<{ __typename?: 'Header'; key: string; value: string; secret: boolean }>;
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
      retryOn: Array<string>;
      pauseAfterFailures?: number | null;
    };
    matching: {
      __typename?: 'Matching';
      staff?: {
        __typename?: 'StaffMatching';
        listUrl: string;
        idField: string;
        emailField: string;
      } | null;
      leadSource?: {
        __typename?: 'LeadSourceMatching';
        listUrl: string;
        idField: string;
        nameField: string;
        createUrl?: string | null;
      } | null;
    };
    responseMapping?: {
      __typename?: 'ResponseMapping';
      format: ResponseFormat;
      responseKey: string;
      delimiter?: string | null;
      writeBackField?: string | null;
    } | null;
    signing: {
      __typename?: 'Signing';
      enabled: boolean;
      secretCreatedAt?: string | null;
      previousSecretExpiresAt?: string | null;
    };
  };
};

export type SearchRunsQueryVariables = Exact<{
  filter: RunFilter;
  page: Scalars['Int']['input'];
  pageSize: Scalars['Int']['input'];
}>;

export type SearchRunsQuery = {
  __typename?: 'Query';
  searchRuns: {
    __typename?: 'PushRunPage';
    page: number;
    pageCount: number;
    totalCount: number;
    items: Array<{
      __typename?: 'PushRun';
      id: string;
      trigger: RunTrigger;
      entityType: EntityType;
      recordId: string;
      recordLabel?: string | null;
      status: RunStatus;
      attempts: number;
      requestMethod?: HttpMethod | null;
      requestUrl?: string | null;
      requestBody?: string | null;
      responseStatus?: number | null;
      responseBody?: string | null;
      responseValue?: string | null;
      responseValueError?: string | null;
      error?: string | null;
      durationMs?: number | null;
      createdAt: string;
      finishedAt?: string | null;
      nextAttemptAt?: string | null;
      connector: { __typename?: 'Connector'; id: string; name: string };
      initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
    }>;
  };
};

export type ConnectorStatsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;

export type ConnectorStatsQuery = {
  __typename?: 'Query';
  connector?: {
    __typename?: 'Connector';
    id: string;
    stats: Array<{
      __typename?: 'RunDay';
      day: string;
      succeeded: number;
      failed: number;
      p50Ms?: number | null;
      p95Ms?: number | null;
    }>;
  } | null;
};

export type ContactFieldsFragment = {
  __typename?: 'Contact';
  id: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  address2?: string | null;
  city?: string | null;
  state?: string | null;
  zipCode?: string | null;
  birthday?: string | null;
  anniversary?: string | null;
  activityRating?: number | null;
  additionalInfo?: string | null;
  leadSource?: string | null;
  createdAt: string;
  updatedAt: string;
  customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
  owner: { __typename?: 'User'; id: string; name: string };
};

export type LoanFieldsFragment = {
  __typename?: 'Loan';
  id: string;
  loanNumber: string;
  loanType: LoanType;
  amount?: number | null;
  interestRate?: number | null;
  status?: string | null;
  propertyAddress?: string | null;
  closingDate?: string | null;
  createdAt: string;
  updatedAt: string;
  customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
  owner: { __typename?: 'User'; id: string; name: string };
  borrower?: { __typename?: 'Contact'; id: string; firstName: string; lastName: string } | null;
};

export type ContactsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  page: Scalars['Int']['input'];
  pageSize: Scalars['Int']['input'];
}>;

export type ContactsQuery = {
  __typename?: 'Query';
  contacts: {
    __typename?: 'ContactPage';
    page: number;
    pageCount: number;
    totalCount: number;
    items: Array<{
      __typename?: 'Contact';
      id: string;
      firstName: string;
      lastName: string;
      email?: string | null;
      phone?: string | null;
      city?: string | null;
      state?: string | null;
      updatedAt: string;
      owner: { __typename?: 'User'; id: string; name: string };
    }>;
  };
};

export type LoansQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  page: Scalars['Int']['input'];
  pageSize: Scalars['Int']['input'];
}>;

export type LoansQuery = {
  __typename?: 'Query';
  loans: {
    __typename?: 'LoanPage';
    page: number;
    pageCount: number;
    totalCount: number;
    items: Array<{
      __typename?: 'Loan';
      id: string;
      loanNumber: string;
      loanType: LoanType;
      amount?: number | null;
      status?: string | null;
      closingDate?: string | null;
      updatedAt: string;
      owner: { __typename?: 'User'; id: string; name: string };
      borrower?: { __typename?: 'Contact'; id: string; firstName: string; lastName: string } | null;
    }>;
  };
};

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ContactQuery = {
  __typename?: 'Query';
  contact?: {
    __typename?: 'Contact';
    id: string;
    firstName: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
    address2?: string | null;
    city?: string | null;
    state?: string | null;
    zipCode?: string | null;
    birthday?: string | null;
    anniversary?: string | null;
    activityRating?: number | null;
    additionalInfo?: string | null;
    leadSource?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
  } | null;
};

export type LoanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type LoanQuery = {
  __typename?: 'Query';
  loan?: {
    __typename?: 'Loan';
    id: string;
    loanNumber: string;
    loanType: LoanType;
    amount?: number | null;
    interestRate?: number | null;
    status?: string | null;
    propertyAddress?: string | null;
    closingDate?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
    borrower?: { __typename?: 'Contact'; id: string; firstName: string; lastName: string } | null;
  } | null;
};

export type CreateContactMutationVariables = Exact<{
  input: ContactInput;
}>;

export type CreateContactMutation = {
  __typename?: 'Mutation';
  createContact: {
    __typename?: 'Contact';
    id: string;
    firstName: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
    address2?: string | null;
    city?: string | null;
    state?: string | null;
    zipCode?: string | null;
    birthday?: string | null;
    anniversary?: string | null;
    activityRating?: number | null;
    additionalInfo?: string | null;
    leadSource?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
  };
};

export type UpdateContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ContactInput;
}>;

export type UpdateContactMutation = {
  __typename?: 'Mutation';
  updateContact: {
    __typename?: 'Contact';
    id: string;
    firstName: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
    address2?: string | null;
    city?: string | null;
    state?: string | null;
    zipCode?: string | null;
    birthday?: string | null;
    anniversary?: string | null;
    activityRating?: number | null;
    additionalInfo?: string | null;
    leadSource?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
  };
};

export type DeleteContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteContactMutation = { __typename?: 'Mutation'; deleteContact: boolean };

export type CreateLoanMutationVariables = Exact<{
  input: LoanInput;
}>;

export type CreateLoanMutation = {
  __typename?: 'Mutation';
  createLoan: {
    __typename?: 'Loan';
    id: string;
    loanNumber: string;
    loanType: LoanType;
    amount?: number | null;
    interestRate?: number | null;
    status?: string | null;
    propertyAddress?: string | null;
    closingDate?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
    borrower?: { __typename?: 'Contact'; id: string; firstName: string; lastName: string } | null;
  };
};

export type UpdateLoanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LoanInput;
}>;

export type UpdateLoanMutation = {
  __typename?: 'Mutation';
  updateLoan: {
    __typename?: 'Loan';
    id: string;
    loanNumber: string;
    loanType: LoanType;
    amount?: number | null;
    interestRate?: number | null;
    status?: string | null;
    propertyAddress?: string | null;
    closingDate?: string | null;
    createdAt: string;
    updatedAt: string;
    customFields: Array<{ __typename?: 'CustomFieldValue'; key: string; value?: string | null }>;
    owner: { __typename?: 'User'; id: string; name: string };
    borrower?: { __typename?: 'Contact'; id: string; firstName: string; lastName: string } | null;
  };
};

export type DeleteLoanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteLoanMutation = { __typename?: 'Mutation'; deleteLoan: boolean };

export type CustomFieldsQueryVariables = Exact<{
  entityType: EntityType;
}>;

export type CustomFieldsQuery = {
  __typename?: 'Query';
  fieldCatalog: Array<{
    __typename?: 'FieldDefinition';
    key: string;
    label: string;
    type: FieldType;
    custom: boolean;
  }>;
};

export type RunFieldsFragment = {
  __typename?: 'PushRun';
  id: string;
  trigger: RunTrigger;
  entityType: EntityType;
  recordId: string;
  recordLabel?: string | null;
  status: RunStatus;
  attempts: number;
  requestMethod?: HttpMethod | null;
  requestUrl?: string | null;
  requestBody?: string | null;
  responseStatus?: number | null;
  responseBody?: string | null;
  responseValue?: string | null;
  responseValueError?: string | null;
  error?: string | null;
  durationMs?: number | null;
  createdAt: string;
  finishedAt?: string | null;
  nextAttemptAt?: string | null;
  connector: { __typename?: 'Connector'; id: string; name: string };
  initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
};

export type RunAttemptsFieldsFragment = {
  __typename?: 'PushRun';
  id: string;
  attemptLog: Array<{
    __typename?: 'PushAttempt';
    number: number;
    outcome: string;
    requestMethod?: string | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    error?: string | null;
    durationMs: number;
    startedAt: string;
    finishedAt: string;
    requestHeaders?: Array<{ __typename?: 'HttpHeader'; name: string; value: string }> | null;
    responseHeaders?: Array<{ __typename?: 'HttpHeader'; name: string; value: string }> | null;
  }>;
};

export type RunsQueryVariables = Exact<{
  page: Scalars['Int']['input'];
  pageSize: Scalars['Int']['input'];
  status?: InputMaybe<RunStatus>;
  connectorId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type RunsQuery = {
  __typename?: 'Query';
  runs: {
    __typename?: 'PushRunPage';
    page: number;
    pageCount: number;
    totalCount: number;
    items: Array<{
      __typename?: 'PushRun';
      id: string;
      trigger: RunTrigger;
      entityType: EntityType;
      recordId: string;
      recordLabel?: string | null;
      status: RunStatus;
      attempts: number;
      requestMethod?: HttpMethod | null;
      requestUrl?: string | null;
      requestBody?: string | null;
      responseStatus?: number | null;
      responseBody?: string | null;
      responseValue?: string | null;
      responseValueError?: string | null;
      error?: string | null;
      durationMs?: number | null;
      createdAt: string;
      finishedAt?: string | null;
      nextAttemptAt?: string | null;
      connector: { __typename?: 'Connector'; id: string; name: string };
      initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
    }>;
  };
};

export type RunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RunQuery = {
  __typename?: 'Query';
  run?: {
    __typename?: 'PushRun';
    id: string;
    trigger: RunTrigger;
    entityType: EntityType;
    recordId: string;
    recordLabel?: string | null;
    status: RunStatus;
    attempts: number;
    requestMethod?: HttpMethod | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    responseValue?: string | null;
    responseValueError?: string | null;
    error?: string | null;
    durationMs?: number | null;
    createdAt: string;
    finishedAt?: string | null;
    nextAttemptAt?: string | null;
    connector: { __typename?: 'Connector'; id: string; name: string };
    initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
    attemptLog: Array<{
      __typename?: 'PushAttempt';
      number: number;
      outcome: string;
      requestMethod?: string | null;
      requestUrl?: string | null;
      requestBody?: string | null;
      responseStatus?: number | null;
      responseBody?: string | null;
      error?: string | null;
      durationMs: number;
      startedAt: string;
      finishedAt: string;
      requestHeaders?: Array<{ __typename?: 'HttpHeader'; name: string; value: string }> | null;
      responseHeaders?: Array<{ __typename?: 'HttpHeader'; name: string; value: string }> | null;
    }>;
  } | null;
};

export type RunStatusChangedSubscriptionVariables = Exact<{
  connectorId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type RunStatusChangedSubscription = {
  __typename?: 'Subscription';
  runStatusChanged: {
    __typename?: 'PushRun';
    id: string;
    trigger: RunTrigger;
    entityType: EntityType;
    recordId: string;
    recordLabel?: string | null;
    status: RunStatus;
    attempts: number;
    requestMethod?: HttpMethod | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    responseValue?: string | null;
    responseValueError?: string | null;
    error?: string | null;
    durationMs?: number | null;
    createdAt: string;
    finishedAt?: string | null;
    nextAttemptAt?: string | null;
    connector: { __typename?: 'Connector'; id: string; name: string };
    initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
  };
};

export type ConnectorNamesQueryVariables = Exact<{ [key: string]: never }>;

export type ConnectorNamesQuery = {
  __typename?: 'Query';
  connectors: {
    __typename?: 'ConnectorPage';
    items: Array<{ __typename?: 'Connector'; id: string; name: string }>;
  };
};

export type PushConnectorsQueryVariables = Exact<{
  entityType: EntityType;
}>;

export type PushConnectorsQuery = {
  __typename?: 'Query';
  pushConnectors: Array<{ __typename?: 'Connector'; id: string; name: string }>;
};

export type TriggerPushMutationVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  recordId: Scalars['ID']['input'];
}>;

export type TriggerPushMutation = {
  __typename?: 'Mutation';
  triggerPush: {
    __typename?: 'PushRun';
    id: string;
    trigger: RunTrigger;
    entityType: EntityType;
    recordId: string;
    recordLabel?: string | null;
    status: RunStatus;
    attempts: number;
    requestMethod?: HttpMethod | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    responseValue?: string | null;
    responseValueError?: string | null;
    error?: string | null;
    durationMs?: number | null;
    createdAt: string;
    finishedAt?: string | null;
    nextAttemptAt?: string | null;
    connector: { __typename?: 'Connector'; id: string; name: string };
    initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
  };
};

export type TestConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  recordId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type TestConnectorMutation = {
  __typename?: 'Mutation';
  testConnector: {
    __typename?: 'PushRun';
    id: string;
    trigger: RunTrigger;
    entityType: EntityType;
    recordId: string;
    recordLabel?: string | null;
    status: RunStatus;
    attempts: number;
    requestMethod?: HttpMethod | null;
    requestUrl?: string | null;
    requestBody?: string | null;
    responseStatus?: number | null;
    responseBody?: string | null;
    responseValue?: string | null;
    responseValueError?: string | null;
    error?: string | null;
    durationMs?: number | null;
    createdAt: string;
    finishedAt?: string | null;
    nextAttemptAt?: string | null;
    connector: { __typename?: 'Connector'; id: string; name: string };
    initiatedBy?: { __typename?: 'User'; id: string; name: string } | null;
  };
};

export const BulkJobFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<BulkJobFieldsFragment, unknown>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retryOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseAfterFailures' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matching' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'emailField' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responseMapping' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delimiter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writeBackField' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretCreatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorTileFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'zipCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anniversary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'additionalInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadSource' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
} as unknown as DocumentNode<ContactFieldsFragment, unknown>;
export const LoanFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LoanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Loan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'propertyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'borrower' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoanFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<RunFieldsFragment, unknown>;
export const RunAttemptsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunAttemptsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attemptLog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requestHeaders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responseHeaders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunAttemptsFieldsFragment, unknown>;
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
export const SignOutEverywhereDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOutEverywhere' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOutEverywhere' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const BulkJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
            name: { kind: 'Name', value: 'bulkJobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulkJobFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<BulkJobsQuery, BulkJobsQueryVariables>;
export const BulkJobChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'BulkJobChanged' },
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
            name: { kind: 'Name', value: 'bulkJobChanged' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulkJobFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<BulkJobChangedSubscription, BulkJobChangedSubscriptionVariables>;
export const BulkPushCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulkPushCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkPushCount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkPushCountQuery, BulkPushCountQueryVariables>;
export const FailedRunCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FailedRunCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failedRunCount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FailedRunCountQuery, FailedRunCountQueryVariables>;
export const BulkPushDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkPush' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkPush' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulkJobFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<BulkPushMutation, BulkPushMutationVariables>;
export const ReplayFailedRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplayFailedRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayFailedRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulkJobFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<ReplayFailedRunsMutation, ReplayFailedRunsMutationVariables>;
export const CancelBulkJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelBulkJob' },
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
            name: { kind: 'Name', value: 'cancelBulkJob' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulkJobFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulkJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
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
} as unknown as DocumentNode<CancelBulkJobMutation, CancelBulkJobMutationVariables>;
export const ReplayRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplayRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
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
            name: { kind: 'Name', value: 'replayRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<ReplayRunMutation, ReplayRunMutationVariables>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retryOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseAfterFailures' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matching' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'emailField' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responseMapping' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delimiter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writeBackField' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretCreatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retryOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseAfterFailures' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matching' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'emailField' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responseMapping' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delimiter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writeBackField' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretCreatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retryOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseAfterFailures' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matching' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'emailField' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responseMapping' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delimiter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writeBackField' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretCreatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConnectorMutation, UpdateConnectorMutationVariables>;
export const SigningSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SigningSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
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
            name: { kind: 'Name', value: 'signingSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SigningSecretQuery, SigningSecretQueryVariables>;
export const RotateSigningSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateSigningSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
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
            name: { kind: 'Name', value: 'rotateSigningSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateSigningSecretMutation, RotateSigningSecretMutationVariables>;
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorChangedSubscription, ConnectorChangedSubscriptionVariables>;
export const ConnectorVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConnectorVersions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'savedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'savedBy' },
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
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ConnectorVersionsQuery, ConnectorVersionsQueryVariables>;
export const ConnectorDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConnectorDiff' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
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
            name: { kind: 'Name', value: 'connectorDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectorDiffQuery, ConnectorDiffQueryVariables>;
export const RestoreConnectorVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreConnectorVersion' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
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
            name: { kind: 'Name', value: 'restoreConnectorVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorSetupFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectorTileFields' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retryOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseAfterFailures' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matching' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'emailField' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'listUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createUrl' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responseMapping' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delimiter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writeBackField' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretCreatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RestoreConnectorVersionMutation,
  RestoreConnectorVersionMutationVariables
>;
export const SearchRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RunFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
            name: { kind: 'Name', value: 'searchRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } },
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
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<SearchRunsQuery, SearchRunsQueryVariables>;
export const ConnectorStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConnectorStats' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stats' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'days' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p50Ms' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
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
} as unknown as DocumentNode<ConnectorStatsQuery, ConnectorStatsQueryVariables>;
export const ContactsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Contacts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
            name: { kind: 'Name', value: 'contacts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const LoansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Loans' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
            name: { kind: 'Name', value: 'loans' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loanNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loanType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closingDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
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
                        name: { kind: 'Name', value: 'borrower' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
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
  ],
} as unknown as DocumentNode<LoansQuery, LoansQueryVariables>;
export const ContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Contact' },
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
            name: { kind: 'Name', value: 'contact' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'zipCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anniversary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'additionalInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadSource' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const LoanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Loan' },
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
            name: { kind: 'Name', value: 'loan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LoanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LoanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Loan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'propertyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'borrower' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoanQuery, LoanQueryVariables>;
export const CreateContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'zipCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anniversary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'additionalInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadSource' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateContact' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateContact' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'zipCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthday' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anniversary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityRating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'additionalInfo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadSource' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteContact' },
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
            name: { kind: 'Name', value: 'deleteContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteContactMutation, DeleteContactMutationVariables>;
export const CreateLoanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLoan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLoan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LoanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LoanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Loan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'propertyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'borrower' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLoanMutation, CreateLoanMutationVariables>;
export const UpdateLoanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLoan' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLoan' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LoanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LoanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Loan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loanType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'propertyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'borrower' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLoanMutation, UpdateLoanMutationVariables>;
export const DeleteLoanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteLoan' },
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
            name: { kind: 'Name', value: 'deleteLoan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteLoanMutation, DeleteLoanMutationVariables>;
export const CustomFieldsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomFields' },
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
} as unknown as DocumentNode<CustomFieldsQuery, CustomFieldsQueryVariables>;
export const RunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Runs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RunStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pageSize' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } },
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
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<RunsQuery, RunsQueryVariables>;
export const RunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Run' },
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
            name: { kind: 'Name', value: 'run' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunAttemptsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunAttemptsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attemptLog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requestHeaders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responseHeaders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunQuery, RunQueryVariables>;
export const RunStatusChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'RunStatusChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runStatusChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<RunStatusChangedSubscription, RunStatusChangedSubscriptionVariables>;
export const ConnectorNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConnectorNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pageSize' },
                value: { kind: 'IntValue', value: '100' },
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
} as unknown as DocumentNode<ConnectorNamesQuery, ConnectorNamesQueryVariables>;
export const PushConnectorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PushConnectors' },
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
            name: { kind: 'Name', value: 'pushConnectors' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PushConnectorsQuery, PushConnectorsQueryVariables>;
export const TriggerPushDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TriggerPush' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
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
            name: { kind: 'Name', value: 'triggerPush' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'connectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'connectorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<TriggerPushMutation, TriggerPushMutationVariables>;
export const TestConnectorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TestConnector' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testConnector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PushRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseValueError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connector' },
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
            name: { kind: 'Name', value: 'initiatedBy' },
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
} as unknown as DocumentNode<TestConnectorMutation, TestConnectorMutationVariables>;
