import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import type { SecretBox } from '../../infra/secrets.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { UserEntity } from '../identity/user.entity.js';
import type { RunService } from '../runs/run.service.js';
import type { BulkService } from './bulk.service.js';
import type { ReplayService } from './replay.service.js';
import { viewConnector } from '../connectors/connector.mapper.js';
import { ConnectorView } from '../connectors/connector.type.js';
import { canSeeConnectors } from '../shared/access.js';
import { toUser } from '../identity/identity.mapper.js';
import { UserView } from '../identity/identity.type.js';
import { toRun } from '../runs/run.mapper.js';
import { PushRunView } from '../runs/run.type.js';
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import { DateTimeScalar } from '../shared/date-time.js';
import { forbidden, notFound } from '../shared/errors.js';
import type { BulkJobState } from './bulk-counts.js';
import { toBulkJob } from './bulk.mapper.js';
import { bulkJobChanged } from './bulk.events.js';
import { BulkJobPageView, BulkJobView, RecordFilterInput } from './bulk.type.js';

/** What the bulk resolvers use. */
export type BulkContext = Context<
  { bulk: BulkService; replays: ReplayService; runs: RunService; bus: EventBus; box: SecretBox },
  { connector: Loader<ConnectorEntity>; user: Loader<UserEntity> }
>;

@Resolver(() => BulkJobView)
export class BulkJobResolver {
  @Authorized('READ_ONLY')
  @Query(() => BulkJobView, { nullable: true, description: 'READ_ONLY or MANAGE.' })
  async bulkJob(@Arg('id', () => ID) id: string, @Ctx() ctx: BulkContext) {
    const job = await ctx.services.bulk.get(viewerOf(ctx), id);
    return job && toBulkJob(job);
  }

  @Authorized('READ_ONLY')
  @Query(() => BulkJobPageView, { description: 'Newest first. READ_ONLY or MANAGE.' })
  async bulkJobs(
    @Arg('connectorId', () => ID, { nullable: true }) connectorId: string | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: BulkContext,
  ) {
    const r = await ctx.services.bulk.list(viewerOf(ctx), connectorId, { page, pageSize });
    return { ...r, items: r.items.map(toBulkJob) };
  }

  @Authorized('MANAGE')
  @Query(() => Int, {
    description:
      'Beyond the contract: how many records bulkPush(connectorId, filter) would select now. MANAGE only.',
  })
  bulkPushCount(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('filter', () => RecordFilterInput, { nullable: true }) filter: RecordFilterInput | null,
    @Ctx() ctx: BulkContext,
  ) {
    return ctx.services.bulk.preview(viewerOf(ctx), connectorId, 'PUSH', { records: filter });
  }

  @Authorized('MANAGE')
  @Query(() => Int, {
    description:
      'Beyond the contract: how many runs replayFailedRuns(connectorId, from, to) would replay now. MANAGE only.',
  })
  failedRunCount(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
    @Ctx() ctx: BulkContext,
  ) {
    return ctx.services.bulk.preview(viewerOf(ctx), connectorId, 'REPLAY', { from, to });
  }

  @Authorized()
  @Mutation(() => PushRunView, {
    description:
      "Pushes the record as it was in that run (its snapshot) again, rendered with the connector's\ncurrent setup, as a new run: trigger REPLAY, replayOf set, its own id as Idempotency-Key.\nWho may: MANAGE, or a user whose role may push with the connector and who may see the run.\nCONFLICT when the connector is off or the run is not final.",
  })
  async replayRun(@Arg('runId', () => ID) runId: string, @Ctx() ctx: BulkContext) {
    return toRun(await ctx.services.replays.replayRun(viewerOf(ctx), runId));
  }

  @Authorized('MANAGE')
  @Mutation(() => BulkJobView, {
    description:
      'Replays, as one bulk job, every FAILURE run of the connector that finished in [from, to). MANAGE only; CONFLICT when off.',
  })
  async replayFailedRuns(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
    @Ctx() ctx: BulkContext,
  ) {
    return toBulkJob(await ctx.services.bulk.replayFailed(viewerOf(ctx), connectorId, from, to));
  }

  @Authorized('MANAGE')
  @Mutation(() => BulkJobView, {
    description:
      "One run (trigger BULK) for each record of the connector's entity type that matches filter and\nwhose owner's role is among the connector's roles (as automation), within the connector's rate\nlimit. MANAGE only; CONFLICT when off. Returns at once; copes with 100,000 records without\nholding them in memory, and a restart resumes it where it was.",
  })
  async bulkPush(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('filter', () => RecordFilterInput, { nullable: true }) filter: RecordFilterInput | null,
    @Ctx() ctx: BulkContext,
  ) {
    return toBulkJob(await ctx.services.bulk.bulkPush(viewerOf(ctx), connectorId, filter));
  }

  @Authorized('MANAGE')
  @Mutation(() => BulkJobView, {
    description:
      'Stops making runs for a RUNNING job (runs already made go on). MANAGE only. Returns it CANCELLED.',
  })
  async cancelBulkJob(@Arg('id', () => ID) id: string, @Ctx() ctx: BulkContext) {
    return toBulkJob(await ctx.services.bulk.cancel(viewerOf(ctx), id));
  }

  @Subscription(() => BulkJobView, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { id: string }, BulkContext>) => {
      const v = context.viewer;
      if (!v || !canSeeConnectors(v)) throw forbidden();
      return context.services.bus.listen(
        bulkJobChanged,
        (job) => job.id === args.id && job.organizationId === v.organizationId,
      );
    },
    description:
      'Progress of one bulk job the caller may see: at most about 4 events a second, and always its final state.',
  })
  bulkJobChanged(@Root() job: BulkJobState, @Arg('id', () => ID) _id: string): BulkJobView {
    return toBulkJob(job);
  }

  @FieldResolver(() => ConnectorView)
  async connector(@Root() job: BulkJobView, @Ctx() ctx: BulkContext) {
    const c = await ctx.loaders.connector.load(job.connectorId);
    if (!c) throw notFound('Connector');
    return viewConnector(ctx, c);
  }

  @FieldResolver(() => UserView)
  async createdBy(@Root() job: BulkJobView, @Ctx() ctx: BulkContext) {
    const u = await ctx.loaders.user.load(job.createdById);
    if (!u) throw notFound('User');
    return toUser(u);
  }
}
