import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';
import {
  BULK_JOB_KINDS,
  BULK_JOB_STATUSES,
  type BulkJobKind,
  type BulkJobStatus,
} from './bulk-job.entity.js';

export const BulkJobKindEnum = Object.fromEntries(BULK_JOB_KINDS.map((k) => [k, k])) as {
  [K in BulkJobKind]: K;
};
registerEnumType(BulkJobKindEnum, { name: 'BulkJobKind' });
export const BulkJobStatusEnum = Object.fromEntries(BULK_JOB_STATUSES.map((k) => [k, k])) as {
  [K in BulkJobStatus]: K;
};
registerEnumType(BulkJobStatusEnum, {
  name: 'BulkJobStatus',
  valuesConfig: {
    DONE: {
      description: 'Every selected record or run has a run, and every one of those runs is final.',
    },
  },
});

/** connector and createdBy come from field resolvers. */
@ObjectType('BulkJob')
export class BulkJobView {
  @Field(() => ID) id: string;
  @Field(() => BulkJobKindEnum) kind: BulkJobKind;
  @Field(() => BulkJobStatusEnum) status: BulkJobStatus;
  @Field(() => Int, {
    description: 'Records (PUSH) or runs (REPLAY) selected when the job began.',
  })
  total: number;
  @Field(() => Int, { description: 'Runs created so far.' }) queued: number;
  @Field(() => Int, {
    description: 'Of those runs, how many ended SUCCESS, and how many FAILURE.',
  })
  succeeded: number;
  @Field(() => Int) failed: number;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt: Date | null;
  connectorId: string;
  createdById: string;
}

@ObjectType('BulkJobPage')
export class BulkJobPageView {
  @Field(() => [BulkJobView]) items: BulkJobView[];
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => Int) totalCount: number;
  @Field(() => Int) pageCount: number;
}

@InputType('RecordFilter', { description: 'Which records a bulk push takes; fields combine.' })
export class RecordFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'As the search argument of contacts and loans.',
  })
  search?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records last updated at or after this instant.',
  })
  updatedSince?: Date | null;
}
