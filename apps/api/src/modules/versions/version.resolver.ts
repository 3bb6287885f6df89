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
import { viewConnector } from '../connectors/connector.resolver.js';
import { ConnectorView } from '../connectors/connector.type.js';
import { toUser } from '../identity/identity.mappers.js';
import { UserType } from '../identity/identity.type.js';
import { viewerOf, type Context } from '../shared/context.js';
import { ConnectorVersionView, FieldChangeView } from './version.type.js';

@Resolver(() => ConnectorView)
export class ConnectorVersionsResolver {
  @FieldResolver(() => [ConnectorVersionView], { description: 'Newest first.' })
  versions(@Root() c: ConnectorView, @Ctx() ctx: Context) {
    return ctx.services.versions.list(viewerOf(ctx), c.id);
  }

  @Authorized('READ_ONLY')
  @Query(() => [FieldChangeView], {
    description: 'What changed from version `from` to version `to` (READ_ONLY or MANAGE).',
  })
  connectorDiff(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.versions.diff(viewerOf(ctx), connectorId, from, to);
  }

  @Authorized('MANAGE')
  @Mutation(() => ConnectorView, {
    description:
      'Saves the setup of version n (secrets included) as a new version, the connector staying off.\nMANAGE only; CONFLICT while published; NOT_FOUND for no such version.',
  })
  async restoreConnectorVersion(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    const c = await ctx.services.versions.restore(viewerOf(ctx), connectorId, version);
    return viewConnector(ctx, c);
  }
}

@Resolver(() => ConnectorVersionView)
export class ConnectorVersionResolver {
  @FieldResolver(() => UserType, { nullable: true })
  async savedBy(@Root() v: ConnectorVersionView, @Ctx() ctx: Context) {
    const u = v.savedById ? await ctx.loaders.user.load(v.savedById) : null;
    return u && toUser(u);
  }
}
