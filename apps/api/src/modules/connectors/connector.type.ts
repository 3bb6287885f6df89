import type {
  AuthenticationType,
  AutomationTrigger,
  Comparator,
  CriterionSource,
  EntityType,
  HttpMethod,
  ResponseFormat,
  RunStatus,
} from '@odc/core';
import { BACKOFF_SCHEDULE_MS, SETTINGS, rangeText } from '@odc/core';
import { DateTimeScalar } from '../shared/date-time.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  AuthenticationTypeEnum,
  AutomationTriggerEnum,
  ComparatorEnum,
  CriterionSourceEnum,
  EntityTypeEnum,
  HttpMethodEnum,
  ResponseFormatEnum,
  RunStatusEnum,
} from '../shared/enums.js';

const { maxAttempts, timeoutMs } = SETTINGS;

@ObjectType('Authentication', {
  description:
    'Secrets (passcode, clientSecret) are write-only: the API never returns them, only whether one is set.',
})
export class AuthenticationView {
  @Field(() => AuthenticationTypeEnum)
  type: AuthenticationType;

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field()
  hasPasscode: boolean;

  @Field(() => String, { nullable: true })
  tokenUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null for callers whose role is not MANAGE: it often holds credentials.',
  })
  tokenRequestBody: string | null;

  @Field(() => String, { nullable: true })
  accessTokenName: string | null;

  @Field(() => Int, { nullable: true })
  tokenExpirationSeconds: number | null;

  @Field(() => String, { nullable: true })
  clientId: string | null;

  @Field()
  hasClientSecret: boolean;

  @Field(() => String, { nullable: true })
  scopes: string | null;
}

@ObjectType('Header')
export class HeaderView {
  @Field()
  key: string;

  @Field({ description: 'The empty string for a secret header.' })
  value: string;

  @Field({
    description:
      'A secret header\'s value (an API key, say) is write-only like a passcode: `value` is returned as\nthe empty string, it is encrypted at rest, and runs, logs, versions and events show it as\n"[redacted]".',
  })
  secret: boolean;
}

@ObjectType('DataRequest')
export class DataRequestView {
  @Field()
  url: string;

  @Field(() => HttpMethodEnum)
  method: HttpMethod;

  @Field(() => [HeaderView])
  headers: HeaderView[];

  @Field()
  bodyTemplate: string;
}

@ObjectType('SuccessCriterion')
export class SuccessCriterionView {
  @Field(() => CriterionSourceEnum)
  source: CriterionSource;

  @Field(() => ComparatorEnum)
  comparator: Comparator;

  @Field()
  value: string;
}

@ObjectType('DeliveryPolicy', {
  description: 'How pushes are delivered; every field has a default.',
})
export class DeliveryPolicyView {
  @Field(() => Int, {
    description: `Attempts per push including the first, ${rangeText(maxAttempts)}, default ${maxAttempts.default}. Back-off between them: ${scheduleText()} (each ±20 %).`,
  })
  maxAttempts: number;

  @Field(() => Int, {
    description: `Per attempt, ${timeoutMs.min} to ${timeoutMs.max}, default ${timeoutMs.default}.`,
  })
  timeoutMs: number;

  @Field(() => Int, { nullable: true })
  rateLimitPerMinute: number | null;
}

@ObjectType('StaffMatching', {
  description:
    "The target's staff list, matched to the record owner's email (case-insensitive); the match's id\nfills owner.staffId, null when none matches.",
})
export class StaffMatchingView {
  @Field({ description: 'GET: a JSON list of staff (or an object holding one).' })
  listUrl: string;

  @Field({ description: "The key (or dot path) of a staff member's id." })
  idField: string;

  @Field({ description: "The key (or dot path) of a staff member's email." })
  emailField: string;
}

@ObjectType('LeadSourceMatching', {
  description:
    "The target's lead source list, matched to the record's lead source name (case-insensitive);\nthe match's id fills leadSourceId. A name that is not there is created when createUrl is set, else\nleadSourceId is null.",
})
export class LeadSourceMatchingView {
  @Field({ description: 'GET: a JSON list of lead sources (or an object holding one).' })
  listUrl: string;

  @Field({ description: "The key (or dot path) of a lead source's id." })
  idField: string;

  @Field({ description: "The key (or dot path) of a lead source's name." })
  nameField: string;

  @Field(() => String, {
    nullable: true,
    description: 'POST {"<name field>": name} to create a missing lead source; null: never create.',
  })
  createUrl: string | null;
}

@ObjectType('ResponseMapping')
export class ResponseMappingView {
  @Field(() => ResponseFormatEnum)
  format: ResponseFormat;

  @Field()
  responseKey: string;

  @Field(() => String, { nullable: true, description: 'TEXT only; null for JSON and XML.' })
  delimiter: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A custom field key of the connector's entity type (contact.custom.<key> or loan.custom.<key>)\nthat each SUCCESS run writes its responseValue to (nothing is written when the value is null).\nThe write is not a record update: it triggers no automation and leaves updatedAt alone.",
  })
  writeBackField: string | null;
}

@ObjectType('Matching', { description: 'Staff and lead source matching; each is off when null.' })
export class MatchingView {
  @Field(() => StaffMatchingView, { nullable: true })
  staff: StaffMatchingView | null;

  @Field(() => LeadSourceMatchingView, { nullable: true })
  leadSource: LeadSourceMatchingView | null;
}

/** roles and runs come from field resolvers; roleIds stays off the schema. */
@ObjectType('Connector')
export class ConnectorView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => EntityTypeEnum)
  entityType: EntityType;

  @Field(() => [AutomationTriggerEnum])
  automationTriggers: AutomationTrigger[];

  @Field(() => AuthenticationView)
  authentication: AuthenticationView;

  @Field(() => DataRequestView)
  request: DataRequestView;

  @Field(() => [SuccessCriterionView])
  successCriteria: SuccessCriterionView[];

  @Field(() => DeliveryPolicyView)
  delivery: DeliveryPolicyView;

  @Field(() => MatchingView)
  matching: MatchingView;

  @Field(() => ResponseMappingView, {
    nullable: true,
    description: 'Null: nothing is read from responses.',
  })
  responseMapping: ResponseMappingView | null;

  @Field({
    description: 'On: pushes run. Off: no push runs, automatic or manual (test pushes excepted).',
  })
  published: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  lastRunAt: Date | null;

  @Field(() => RunStatusEnum, { nullable: true })
  lastRunStatus: RunStatus | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  roleIds: string[];
  organizationId: string;
  /** Shown as signing.enabled (modules/signing). */
  signPushes: boolean;
}

@ObjectType('ConnectorPage')
export class ConnectorPageView {
  @Field(() => [ConnectorView])
  items: ConnectorView[];

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  pageCount: number;
}

/** "1 s, 5 s, …, 12 h, then 24 h": the back-off schedule in words. */
function scheduleText(): string {
  const words = BACKOFF_SCHEDULE_MS.map((ms) =>
    ms < 60_000 ? `${ms / 1000} s` : ms < 3_600_000 ? `${ms / 60_000} min` : `${ms / 3_600_000} h`,
  );
  const last = words.pop();
  return `${words.join(', ')}, then ${last}`;
}
