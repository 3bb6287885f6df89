import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectorView } from '../connectors/connector.type.js';
import { toRun } from '../runs/run.mappers.js';
import { PushRunPageView } from '../runs/run.type.js';
import { viewerOf, type Context } from '../shared/context.js';
import { RunDayView } from './run-day.type.js';
import { RunFilterInput } from './run-filter.input.js';

@Resolver()
export class RunSearchResolver {
  @Authorized()
  @Query(() => PushRunPageView, {
    description: 'The runs the caller may see that match, newest first.',
  })
  async searchRuns(
    @Arg('filter', () => RunFilterInput) filter: RunFilterInput,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ) {
    const r = await ctx.services.history.search(viewerOf(ctx), filter, { page, pageSize });
    return { ...r, items: r.items.map(toRun) };
  }
}

@Resolver(() => ConnectorView)
export class ConnectorStatsResolver {
  @FieldResolver(() => [RunDayView], {
    description: 'One entry per day, oldest first, ending today, days 1 to 90.',
  })
  stats(
    @Root() c: ConnectorView,
    @Arg('days', () => Int, { defaultValue: 14 }) days: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.stats(viewerOf(ctx), c.id, days);
  }
}
