import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('RunDay', { description: "One UTC day of a connector's finished non-test runs." })
export class RunDayView {
  @Field({ description: 'YYYY-MM-DD.' }) day: string;
  @Field(() => Int) succeeded: number;
  @Field(() => Int) failed: number;
  @Field(() => Int, {
    nullable: true,
    description: "Median and 95th percentile of the day's durationMs; null with no runs.",
  })
  p50Ms: number | null;
  @Field(() => Int, { nullable: true }) p95Ms: number | null;
}
