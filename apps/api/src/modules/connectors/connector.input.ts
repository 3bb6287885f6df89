import type {
  AuthenticationType,
  AutomationTrigger,
  Comparator,
  CriterionSource,
  EntityType,
  HttpMethod,
  ResponseFormat,
} from '@odc/core';
import { SETTINGS, settingHint } from '@odc/core';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  AuthenticationTypeEnum,
  AutomationTriggerEnum,
  ComparatorEnum,
  CriterionSourceEnum,
  EntityTypeEnum,
  HttpMethodEnum,
  ResponseFormatEnum,
} from '../shared/enums.js';

@InputType('AuthenticationInput', {
  description:
    'Secrets: on update, a passcode or clientSecret left null keeps the stored one; an empty string\nclears it. Required fields per type: BASIC username+passcode; TOKEN tokenUrl+tokenRequestBody+\naccessTokenName; OAUTH2_CLIENT_CREDENTIALS tokenUrl+clientId+clientSecret.',
})
export class AuthenticationInput {
  @Field(() => AuthenticationTypeEnum)
  type: AuthenticationType;

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  passcode?: string | null;

  @Field(() => String, { nullable: true })
  tokenUrl?: string | null;

  @Field(() => String, { nullable: true })
  tokenRequestBody?: string | null;

  @Field(() => String, { nullable: true })
  accessTokenName?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: SETTINGS.tokenExpirationSeconds.default,
    description: settingHint(SETTINGS.tokenExpirationSeconds),
  })
  tokenExpirationSeconds?: number | null;

  @Field(() => String, { nullable: true })
  clientId?: string | null;

  @Field(() => String, { nullable: true })
  clientSecret?: string | null;

  @Field(() => String, { nullable: true })
  scopes?: string | null;
}

@InputType('HeaderInput')
export class HeaderInput {
  @Field({ description: 'Not blank.' })
  key: string;

  @Field({ description: 'Not blank.' })
  value: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'On update, a secret header sent with an empty value keeps the value stored for the same key.',
  })
  secret?: boolean | null;
}

@InputType('DataRequestInput')
export class DataRequestInput {
  @Field({ description: 'An absolute http(s) URL.' })
  url: string;

  @Field(() => HttpMethodEnum)
  method: HttpMethod;

  @Field(() => [HeaderInput], { nullable: true, defaultValue: [] })
  headers?: HeaderInput[] | null;

  @Field({
    description:
      'Valid JSON once each placeholder is replaced; every placeholder names a field of fieldCatalog(entityType).',
  })
  bodyTemplate: string;
}

@InputType('SuccessCriterionInput')
export class SuccessCriterionInput {
  @Field(() => CriterionSourceEnum)
  source: CriterionSource;

  @Field(() => ComparatorEnum)
  comparator: Comparator;

  @Field({ description: 'Not blank.' })
  value: string;
}

@InputType('StaffMatchingInput')
export class StaffMatchingInput {
  @Field() listUrl: string;
  @Field() idField: string;
  @Field() emailField: string;
}

@InputType('LeadSourceMatchingInput')
export class LeadSourceMatchingInput {
  @Field() listUrl: string;
  @Field() idField: string;
  @Field() nameField: string;
  @Field(() => String, { nullable: true }) createUrl?: string | null;
}

@InputType('MatchingInput')
export class MatchingInput {
  @Field(() => StaffMatchingInput, { nullable: true, description: 'Null: no staff matching.' })
  staff?: StaffMatchingInput | null;

  @Field(() => LeadSourceMatchingInput, {
    nullable: true,
    description: 'Null: no lead source matching.',
  })
  leadSource?: LeadSourceMatchingInput | null;
}

@InputType('DeliveryPolicyInput')
export class DeliveryPolicyInput {
  @Field(() => Int, { nullable: true, description: settingHint(SETTINGS.maxAttempts) })
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true, description: settingHint(SETTINGS.timeoutMs) })
  timeoutMs?: number | null;

  @Field(() => Int, { nullable: true, description: settingHint(SETTINGS.rateLimitPerMinute) })
  rateLimitPerMinute?: number | null;
}

@InputType('ResponseMappingInput')
export class ResponseMappingInput {
  @Field(() => ResponseFormatEnum)
  format: ResponseFormat;

  @Field({ description: 'Not blank.' })
  responseKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT only (BAD_USER_INPUT for JSON or XML): 1 to 5 characters; null means ",".',
  })
  delimiter?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A custom field of the connector's entity type in fieldCatalog (BAD_USER_INPUT otherwise).",
  })
  writeBackField?: string | null;
}

@InputType('ConnectorInput')
export class ConnectorInput {
  @Field({
    description:
      'Not blank, at most 100 characters, unique in the organization (case-insensitive).',
  })
  name: string;

  @Field(() => EntityTypeEnum)
  entityType: EntityType;

  @Field(() => [AutomationTriggerEnum], { defaultValue: [] })
  automationTriggers: AutomationTrigger[];

  @Field(() => [ID], { description: 'At least one role of the organization.' })
  roleIds: string[];

  @Field(() => AuthenticationInput)
  authentication: AuthenticationInput;

  @Field(() => DataRequestInput)
  request: DataRequestInput;

  @Field(() => [SuccessCriterionInput], { description: 'At least one.' })
  successCriteria: SuccessCriterionInput[];

  @Field(() => DeliveryPolicyInput, {
    nullable: true,
    description: `Left out on an update: the stored policy stays. Left out on a create, or a field of it left\nout: the defaults (${SETTINGS.maxAttempts.default} attempts, ${SETTINGS.timeoutMs.default} ms, no rate limit).`,
  })
  delivery?: DeliveryPolicyInput | null;

  @Field(() => MatchingInput, {
    nullable: true,
    description: 'Left out on an update: the stored matching stays. Left out on a create: off.',
  })
  matching?: MatchingInput | null;

  @Field(() => ResponseMappingInput, {
    nullable: true,
    description:
      'Null (the default) removes the mapping. RESPONSE_VALUE criteria need one (BAD_USER_INPUT).',
  })
  responseMapping?: ResponseMappingInput | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Sign every push (default false). The first save with signing on makes the secret.',
  })
  signPushes?: boolean | null;
}
