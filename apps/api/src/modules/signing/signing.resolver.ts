import DataLoader from 'dataloader';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectorView } from '../connectors/connector.type.js';
import { viewerOf, type Context } from '../shared/context.js';
import type { ConnectorSigningEntity } from './signing.entity.js';
import { SigningView } from './signing.type.js';

/**
 * Signing rows read in one batch per tick, per request (keyed by the request's loaders). Not
 * memoized: a subscription's loaders live as long as it does.
 */
const loaders = new WeakMap<object, DataLoader<string, ConnectorSigningEntity | null>>();
function signingRows(ctx: Context) {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => ctx.services.signing.rows(ids), { cache: false });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

/** Signing: the secret (MANAGE), its rotation, and Connector.signing. */
@Resolver(() => ConnectorView)
export class SigningResolver {
  @Authorized('MANAGE')
  @Query(() => String, {
    nullable: true,
    description:
      'The connector\'s current signing secret: "whsec_" and the base64 of 24 to 64 random bytes.\nMANAGE only (FORBIDDEN otherwise); null when signing was never on. Never in any other field,\nrun, log or event.',
  })
  signingSecret(@Arg('connectorId', () => ID) connectorId: string, @Ctx() ctx: Context) {
    return ctx.services.signing.secret(viewerOf(ctx), connectorId);
  }

  @Authorized('MANAGE')
  @Mutation(() => String, {
    description:
      'Makes a new secret at once and returns it (MANAGE only; allowed while published). For 24 hours\npushes carry signatures made with both the new and the previous secret. CONFLICT when signing\nis off.',
  })
  rotateSigningSecret(@Arg('connectorId', () => ID) connectorId: string, @Ctx() ctx: Context) {
    return ctx.services.signing.rotate(viewerOf(ctx), connectorId);
  }

  @FieldResolver(() => SigningView)
  async signing(@Root() c: ConnectorView, @Ctx() ctx: Context): Promise<SigningView> {
    const row = await signingRows(ctx).load(c.id);
    const previousExpiresAt = row?.previousExpiresAt ?? null;
    return Object.assign(new SigningView(), {
      enabled: c.signPushes,
      secretCreatedAt: row?.createdAt ?? null,
      previousSecretExpiresAt:
        previousExpiresAt && previousExpiresAt.getTime() > Date.now() ? previousExpiresAt : null,
    });
  }
}
