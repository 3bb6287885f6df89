import type { RunStatus } from '@odc/core';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';
import { RunStatusEnum, RunTriggerEnum } from '../shared/enums.js';
import type { RunTrigger } from '../runs/push-run.entity.js';

@InputType('RunFilter', { description: 'Filters of searchRuns; they combine.' })
export class RunFilterInput {
  @Field(() => ID, { nullable: true }) connectorId?: string | null;
  @Field(() => RunStatusEnum, { nullable: true }) status?: RunStatus | null;
  @Field(() => RunTriggerEnum, { nullable: true }) trigger?: RunTrigger | null;
  @Field(() => ID, { nullable: true }) recordId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Case-insensitive substring of the error, the response body, the request URL or the record's label.",
  })
  text?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'finishedAt, or createdAt for open runs, in [from, to).',
  })
  from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date | null;
}
