import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toRun } from '../runs/run.mapper.js';
import { PushRunView } from '../runs/run.type.js';
import { canSeeConnectors } from '../shared/access.js';
import { viewerOf } from '../shared/context.js';
import { toBulkJob } from './bulk.mapper.js';
import type { BulkContext } from './bulk.resolver.js';
import { BulkJobView } from './bulk.type.js';

/** A run's links to the run it replays and the bulk job that made it. */
@Resolver(() => PushRunView)
export class RunLinksResolver {
  @FieldResolver(() => PushRunView, { nullable: true, description: 'The run this one replays.' })
  async replayOf(@Root() run: PushRunView, @Ctx() ctx: BulkContext) {
    if (!run.replayOfId) return null;
    const r = await ctx.services.runs.get(viewerOf(ctx), run.replayOfId);
    return r && toRun(r);
  }

  @FieldResolver(() => BulkJobView, {
    nullable: true,
    description: 'The bulk job that made this run.',
  })
  async bulkJob(@Root() run: PushRunView, @Ctx() ctx: BulkContext) {
    const v = viewerOf(ctx);
    if (!run.bulkJobId || !canSeeConnectors(v)) return null;
    const job = await ctx.services.bulk.get(v, run.bulkJobId);
    return job && toBulkJob(job);
  }
}
