import type { RunStatus } from '@odc/core';
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
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { connectorChanged } from '../connectors/connector.events.js';
import { viewConnector } from '../connectors/connector.mapper.js';
import { runStatusChanged } from '../delivery/delivery.events.js';
import { ConnectorView } from '../connectors/connector.type.js';
import { canSeeConnectors } from '../shared/access.js';
import { toUser } from '../identity/identity.mapper.js';
import { UserView } from '../identity/identity.type.js';
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import type { SecretBox } from '../../infra/secrets.js';
import type { UserEntity } from '../identity/user.entity.js';
import { RunStatusEnum } from '../shared/enums.js';
import { notFound } from '../shared/errors.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import { toAttempt, toRun } from './run.mapper.js';
import type { Page, PageArgs } from '../shared/paging.js';
import type { Viewer } from '../shared/access.js';
import { canSeeRun, type RunService } from './run.service.js';
import { PushAttemptView, PushRunPageView, PushRunView } from './run.type.js';

/** Run search (modules/history: indexed paging), as the runs queries use it. */
interface RunSearch {
  search(
    viewer: Viewer,
    filter: { connectorId?: string | null; status?: RunStatus | null },
    page: PageArgs,
  ): Promise<Page<PushRunEntity>>;
}

export type RunContext = Context<
  { runs: RunService; history: RunSearch; bus: EventBus; box: SecretBox },
  { connector: Loader<ConnectorEntity>; user: Loader<UserEntity> }
>;

export const runPage = (r: { items: PushRunEntity[] }) => ({ ...r, items: r.items.map(toRun) });

@Resolver(() => PushRunView)
export class RunResolver {
  @Authorized()
  @Query(() => PushRunView, { nullable: true })
  async run(@Arg('id', () => ID) id: string, @Ctx() ctx: RunContext) {
    const r = await ctx.services.runs.get(viewerOf(ctx), id);
    return r && toRun(r);
  }

  @Authorized()
  @Query(() => PushRunPageView, { description: 'Newest first; filters combine.' })
  async runs(
    @Arg('connectorId', () => ID, { nullable: true }) connectorId: string | null,
    @Arg('status', () => RunStatusEnum, { nullable: true }) status: RunStatus | null,
    @Arg('page', () => Int, { defaultValue: 1 }) pageNo: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: RunContext,
  ) {
    // Indexed paging (modules/history): page 500 of a million runs reads ids, not bodies.
    return runPage(
      await ctx.services.history.search(
        viewerOf(ctx),
        { connectorId, status },
        { page: pageNo, pageSize },
      ),
    );
  }

  @Authorized()
  @Mutation(() => PushRunView, {
    description:
      "Manual push of one record. Checked in this order: the connector exists in the caller's\norganization (else NOT_FOUND); its roles include the caller's role (FORBIDDEN); it is published\n(CONFLICT); the record is of the connector's entity type and one the caller may see (NOT_FOUND).\nReturns the run at once, QUEUED or later; its progress arrives on runStatusChanged.",
  })
  async triggerPush(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('recordId', () => ID) recordId: string,
    @Ctx() ctx: RunContext,
  ) {
    return toRun(await ctx.services.runs.trigger(viewerOf(ctx), connectorId, recordId));
  }

  @Authorized('MANAGE')
  @Mutation(() => PushRunView, {
    description:
      'A test push from the setup form (MANAGE only; works while unpublished). Without recordId a sample record is made up.',
  })
  async testConnector(
    @Arg('id', () => ID) id: string,
    @Arg('recordId', () => ID, { nullable: true }) recordId: string | null,
    @Ctx() ctx: RunContext,
  ) {
    return toRun(await ctx.services.runs.test(viewerOf(ctx), id, recordId));
  }

  @FieldResolver(() => ConnectorView)
  async connector(@Root() run: PushRunView, @Ctx() ctx: RunContext) {
    const c = await ctx.loaders.connector.load(run.connectorId);
    if (!c) throw notFound('Connector');
    return viewConnector(ctx, c);
  }

  @FieldResolver(() => UserView, { nullable: true, description: 'Null for automatic runs.' })
  async initiatedBy(@Root() run: PushRunView, @Ctx() ctx: RunContext) {
    const u = run.initiatedById ? await ctx.loaders.user.load(run.initiatedById) : null;
    return u && toUser(u);
  }

  @FieldResolver(() => [PushAttemptView], { description: 'Every attempt so far, oldest first.' })
  async attemptLog(@Root() run: PushRunView, @Ctx() ctx: RunContext) {
    return (await ctx.services.runs.attempts(run.id)).map(toAttempt);
  }

  @Subscription(() => PushRunView, {
    subscribe: ({
      args,
      context,
    }: SubscribeResolverData<unknown, { connectorId?: string | null }, RunContext>) =>
      context.services.bus.listen(
        runStatusChanged,
        (run) =>
          canSeeRun(context.viewer, run) &&
          (!args.connectorId || args.connectorId === run.connectorId),
      ),
    description:
      "Every status change of the runs the caller may see, or of one connector's runs among them.",
  })
  runStatusChanged(
    @Root() run: PushRunEntity,
    @Arg('connectorId', () => ID, { nullable: true }) _connectorId: string | null,
  ): PushRunView {
    return toRun(run);
  }

  @Subscription(() => ConnectorView, {
    subscribe: ({ context }: SubscribeResolverData<unknown, object, RunContext>) =>
      context.services.bus.listen(connectorChanged, (c) => {
        const v = context.viewer;
        if (!v || c.organizationId !== v.organizationId) return false;
        return canSeeConnectors(v) || c.roleIds.includes(v.roleId);
      }),
    description:
      "Any change to a connector of the caller's organization: saved, published, unpublished, or a new lastRun*.",
  })
  connectorChanged(@Root() connector: ConnectorEntity, @Ctx() ctx: RunContext): ConnectorView {
    return viewConnector(ctx, connector);
  }
}
