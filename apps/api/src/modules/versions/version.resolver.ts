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
import type { SecretBox } from '../../infra/secrets.js';
import { viewConnector } from '../connectors/connector.mapper.js';
import { ConnectorView } from '../connectors/connector.type.js';
import { toUser } from '../identity/identity.mapper.js';
import { UserView } from '../identity/identity.type.js';
import type { UserEntity } from '../identity/user.entity.js';
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import type { VersionService } from './version.service.js';
import { ConnectorVersionView, FieldChangeView } from './version.type.js';

type VersionContext = Context<
  { versions: VersionService; box: SecretBox },
  { user: Loader<UserEntity> }
>;

@Resolver(() => ConnectorView)
export class ConnectorVersionsResolver {
  @FieldResolver(() => [ConnectorVersionView], { description: 'Newest first.' })
  versions(@Root() c: ConnectorView, @Ctx() ctx: VersionContext) {
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
    @Ctx() ctx: VersionContext,
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
    @Ctx() ctx: VersionContext,
  ) {
    const c = await ctx.services.versions.restore(viewerOf(ctx), connectorId, version);
    return viewConnector(ctx, c);
  }
}

@Resolver(() => ConnectorVersionView)
export class ConnectorVersionResolver {
  @FieldResolver(() => UserView, { nullable: true })
  async savedBy(@Root() v: ConnectorVersionView, @Ctx() ctx: VersionContext) {
    const u = v.savedById ? await ctx.loaders.user.load(v.savedById) : null;
    return u && toUser(u);
  }
}
