import type { EntityType } from '@odc/core';
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
} from 'type-graphql';
import type { RoleEntity } from '../identity/role.entity.js';
import { toRole } from '../identity/identity.mapper.js';
import { RoleView } from '../identity/identity.type.js';
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import type { SecretBox } from '../../infra/secrets.js';
import { EntityTypeEnum } from '../shared/enums.js';
import type { ConnectorService } from './connector.service.js';
import { ConnectorInput } from './connector.input.js';
import { viewConnector } from './connector.mapper.js';
import { ConnectorPageView, ConnectorView } from './connector.type.js';

type ConnectorContext = Context<
  { box: SecretBox; connectors: ConnectorService },
  { role: Loader<RoleEntity> }
>;

@Resolver(() => ConnectorView)
export class ConnectorResolver {
  @Authorized('READ_ONLY')
  @Query(() => ConnectorPageView, {
    description:
      'Alphabetical by name, case-insensitive; nine a page unless asked otherwise (pageSize 1 to 100). Needs READ_ONLY or MANAGE.',
  })
  async connectors(
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 9 }) pageSize: number,
    @Ctx() ctx: ConnectorContext,
  ) {
    const result = await ctx.services.connectors.list(viewerOf(ctx), { page, pageSize });
    return { ...result, items: result.items.map((c) => viewConnector(ctx, c)) };
  }

  @Authorized('READ_ONLY')
  @Query(() => ConnectorView, { nullable: true })
  async connector(@Arg('id', () => ID) id: string, @Ctx() ctx: ConnectorContext) {
    const c = await ctx.services.connectors.get(viewerOf(ctx), id);
    return c && viewConnector(ctx, c);
  }

  @Authorized()
  @Query(() => [ConnectorView], {
    description:
      "The published connectors of this entity type that the current user's role may push with: the 'Push to…' menu.",
  })
  async pushConnectors(
    @Arg('entityType', () => EntityTypeEnum) entityType: EntityType,
    @Ctx() ctx: ConnectorContext,
  ) {
    const rows = await ctx.services.connectors.pushConnectors(viewerOf(ctx), entityType);
    return rows.map((c) => viewConnector(ctx, c));
  }

  @Authorized('MANAGE')
  @Mutation(() => ConnectorView, {
    description: 'Save (publish false) or Save & Publish (publish true). MANAGE only.',
  })
  async createConnector(
    @Arg('input', () => ConnectorInput) input: ConnectorInput,
    @Arg('publish', () => Boolean, { defaultValue: false }) publish: boolean,
    @Ctx() ctx: ConnectorContext,
  ) {
    return viewConnector(ctx, await ctx.services.connectors.create(viewerOf(ctx), input, publish));
  }

  @Authorized('MANAGE')
  @Mutation(() => ConnectorView, {
    description: 'CONFLICT while the connector is published: turn it off first. MANAGE only.',
  })
  async updateConnector(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConnectorInput) input: ConnectorInput,
    @Arg('publish', () => Boolean, { defaultValue: false }) publish: boolean,
    @Ctx() ctx: ConnectorContext,
  ) {
    return viewConnector(
      ctx,
      await ctx.services.connectors.update(viewerOf(ctx), id, input, publish),
    );
  }

  @Authorized('MANAGE')
  @Mutation(() => ConnectorView)
  async publishConnector(@Arg('id', () => ID) id: string, @Ctx() ctx: ConnectorContext) {
    return viewConnector(ctx, await ctx.services.connectors.setPublished(viewerOf(ctx), id, true));
  }

  @Authorized('MANAGE')
  @Mutation(() => ConnectorView)
  async unpublishConnector(@Arg('id', () => ID) id: string, @Ctx() ctx: ConnectorContext) {
    return viewConnector(ctx, await ctx.services.connectors.setPublished(viewerOf(ctx), id, false));
  }

  @FieldResolver(() => [RoleView], {
    description:
      "The roles whose users may push with it, and whose users' records its automation triggers push.",
  })
  async roles(@Root() c: ConnectorView, @Ctx() ctx: ConnectorContext) {
    const roles = await ctx.loaders.role.loadMany(c.roleIds);
    return roles.filter((r): r is RoleEntity => !!r && !(r instanceof Error)).map(toRole);
  }
}
