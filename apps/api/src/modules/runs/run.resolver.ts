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
import { TOPICS } from '../../infra/pubsub/pubsub.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import { viewConnector } from '../connectors/connector.resolver.js';
import { ConnectorView } from '../connectors/connector.type.js';
import { canSeeConnectors } from '../identity/access.js';
import { toUser } from '../identity/identity.mappers.js';
import { UserType } from '../identity/identity.type.js';
import { viewerOf, type Context } from '../shared/context.js';
import { RunStatusEnum } from '../shared/enums.js';
import { notFound } from '../shared/errors.js';
import type { PushRunEntity } from './push-run.entity.js';
import { toAttempt, toRun } from './run.mappers.js';
import { canSeeRun } from './run.service.js';
import { PushAttemptView, PushRunPageView, PushRunView } from './run.type.js';

const page = (ctx: Context, r: { items: PushRunEntity[] }) => ({ ...r, items: r.items.map(toRun) });

@Resolver(() => PushRunView)
export class RunResolver {
  @Authorized()
  @Query(() => PushRunView, { nullable: true })
  async run(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
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
    @Ctx() ctx: Context,
  ) {
    // Indexed paging (modules/history): page 500 of a million runs reads ids, not bodies.
    return page(
      ctx,
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
    @Ctx() ctx: Context,
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
    @Ctx() ctx: Context,
  ) {
    return toRun(await ctx.services.runs.test(viewerOf(ctx), id, recordId));
  }

  @FieldResolver(() => ConnectorView)
  async connector(@Root() run: PushRunView, @Ctx() ctx: Context) {
    const c = await ctx.loaders.connector.load(run.connectorId);
    if (!c) throw notFound('Connector');
    return viewConnector(ctx, c);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null for automatic runs.' })
  async initiatedBy(@Root() run: PushRunView, @Ctx() ctx: Context) {
    const u = run.initiatedById ? await ctx.loaders.user.load(run.initiatedById) : null;
    return u && toUser(u);
  }

  @FieldResolver(() => [PushAttemptView], { description: 'Every attempt so far, oldest first.' })
  async attemptLog(@Root() run: PushRunView, @Ctx() ctx: Context) {
    return (await ctx.services.runs.attempts(run.id)).map(toAttempt);
  }

  @Subscription(() => PushRunView, {
    subscribe: ({
      args,
      context,
    }: SubscribeResolverData<unknown, { connectorId?: string | null }, Context>) =>
      context.services.bus.listen<PushRunEntity>(
        TOPICS.runStatus,
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
    return toRun(reviveDates(run));
  }

  @Subscription(() => ConnectorView, {
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      context.services.bus.listen<ConnectorEntity>(TOPICS.connector, (c) => {
        const v = context.viewer;
        if (!v || c.organizationId !== v.organizationId) return false;
        return canSeeConnectors(v) || c.roleIds.includes(v.roleId);
      }),
    description:
      "Any change to a connector of the caller's organization: saved, published, unpublished, or a new lastRun*.",
  })
  connectorChanged(@Root() connector: ConnectorEntity, @Ctx() ctx: Context): ConnectorView {
    return viewConnector(ctx, reviveDates(connector));
  }
}

@Resolver(() => ConnectorView)
export class ConnectorRunsResolver {
  @FieldResolver(() => PushRunPageView, { description: 'Newest first.' })
  async runs(
    @Root() c: ConnectorView,
    @Arg('page', () => Int, { defaultValue: 1 }) pageNo: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ) {
    return page(
      ctx,
      await ctx.services.history.search(
        viewerOf(ctx),
        { connectorId: c.id },
        { page: pageNo, pageSize },
      ),
    );
  }
}

const DATE_KEYS = [
  'createdAt',
  'updatedAt',
  'finishedAt',
  'startedAt',
  'nextAttemptAt',
  'lastRunAt',
];

/** Payloads that crossed Redis arrive as JSON: dates back to Date. */
function reviveDates<T extends object>(payload: T): T {
  const out = { ...payload } as Record<string, unknown>;
  for (const k of DATE_KEYS) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as T;
}
