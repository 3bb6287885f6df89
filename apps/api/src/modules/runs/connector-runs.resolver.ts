import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ConnectorView } from '../connectors/connector.type.js';
import { viewerOf } from '../shared/context.js';
import { runPage, type RunContext } from './run.resolver.js';
import { PushRunPageView } from './run.type.js';

/** Connector.runs: a connector's runs, newest first. */
@Resolver(() => ConnectorView)
export class ConnectorRunsResolver {
  @FieldResolver(() => PushRunPageView, { description: 'Newest first.' })
  async runs(
    @Root() c: ConnectorView,
    @Arg('page', () => Int, { defaultValue: 1 }) pageNo: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: RunContext,
  ) {
    return runPage(
      await ctx.services.history.search(
        viewerOf(ctx),
        { connectorId: c.id },
        { page: pageNo, pageSize },
      ),
    );
  }
}
