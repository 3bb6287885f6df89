import type { EntityType, HttpMethod, RunStatus } from '@odc/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';
import {
  EntityTypeEnum,
  HttpMethodEnum,
  RunStatusEnum,
  RunTriggerEnum,
  type RunTrigger,
} from '../shared/enums.js';

@ObjectType('HttpHeader', {
  description: 'A header of a request or response, as sent or received.',
})
export class HttpHeaderView {
  @Field() name: string;
  @Field() value: string;
}

@ObjectType('PushAttempt', { description: 'One attempt of a push run, as sent and as answered.' })
export class PushAttemptView {
  @Field(() => Int) number: number;
  @Field({ description: 'SUCCESS, RETRY or FAILURE.' }) outcome: string;
  @Field(() => String, { nullable: true }) requestMethod: string | null;
  @Field(() => String, { nullable: true }) requestUrl: string | null;
  @Field(() => String, { nullable: true }) requestBody: string | null;
  @Field(() => [HttpHeaderView], {
    nullable: true,
    description:
      'The request headers as sent, authorization and secret headers "[redacted]"; null when no\nrequest was sent (or for attempts made before headers were kept). At most 8 KiB are kept.',
  })
  requestHeaders: HttpHeaderView[] | null;
  @Field(() => Int, { nullable: true }) responseStatus: number | null;
  @Field(() => [HttpHeaderView], {
    nullable: true,
    description:
      'The response headers as received (cookies "[redacted]"); null when no response came. At most\n8 KiB are kept.',
  })
  responseHeaders: HttpHeaderView[] | null;
  @Field(() => String, { nullable: true }) responseBody: string | null;
  @Field(() => String, { nullable: true }) responseValue: string | null;
  @Field(() => String, { nullable: true }) responseValueError: string | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;
  @Field(() => DateTimeScalar) startedAt: Date;
  @Field(() => DateTimeScalar) finishedAt: Date;
}

/** connector, initiatedBy and attemptLog come from field resolvers. */
@ObjectType('PushRun', {
  description: "One push of one record by one connector, with every attempt's outcome summed up.",
})
export class PushRunView {
  @Field(() => ID) id: string;
  @Field(() => RunTriggerEnum) trigger: RunTrigger;
  @Field(() => EntityTypeEnum) entityType: EntityType;
  @Field(() => ID) recordId: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The record as it was pushed: a contact's full name or a loan's number, from the run's\nsnapshot (so it stays after the record is deleted); null if the snapshot has neither.",
  })
  recordLabel: string | null;
  @Field(() => RunStatusEnum) status: RunStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts: number;
  @Field(() => HttpMethodEnum, { nullable: true }) requestMethod: HttpMethod | null;
  @Field(() => String, { nullable: true }) requestUrl: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The rendered body as sent (secrets never appear here).',
  })
  requestBody: string | null;
  @Field(() => Int, { nullable: true }) responseStatus: number | null;
  @Field(() => String, { nullable: true, description: "The last response's body, cut at 64 KiB." })
  responseBody: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The value the connector's responseMapping read from the last response, for SUCCESS and\nFAILURE runs alike; null with no mapping, no response, an absent key or a body that does not\nparse as its format. The Result column of the run log.",
  })
  responseValue: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why responseValue is null although a mapping exists and a response came, in words a person can\nact on, e.g. "data.id is not in the JSON response" or "the response is not valid XML".',
  })
  responseValueError: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, in words a person can act on; null on success.',
  })
  error: string | null;
  @Field(() => Int, { nullable: true, description: 'Wall time of the last attempt.' }) durationMs:
    number | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt: Date | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the next attempt is due (RETRYING).',
  })
  nextAttemptAt: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: "The connector version the run's last attempt was pushed with.",
  })
  connectorVersion: number | null;
  connectorId: string;
  initiatedById: string | null;
  replayOfId: string | null;
  bulkJobId: string | null;
}

@ObjectType('PushRunPage')
export class PushRunPageView {
  @Field(() => [PushRunView]) items: PushRunView[];
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => Int) totalCount: number;
  @Field(() => Int) pageCount: number;
}
