import type { FieldValue, RecordValues } from '../template/types.js';
import { matchLeadSource } from './lead-source.js';
import type { MatchingContext } from './request.js';
import { matchStaff } from './staff.js';

/** Whether the connector matches anything (then each push asks the target's lists first). */
export function hasMatching(ctx: Pick<MatchingContext, 'definition'>): boolean {
  const matching = ctx.definition.matching;
  return Boolean(matching?.staff || matching?.leadSource);
}

/**
 * The record's values with the matched ids filled in: <prefix>.owner.staffId and
 * contact.leadSourceId / loan.borrower.leadSourceId. Throws MatchingError (or TokenError) when a
 * list or create request fails.
 */
export async function resolveMatches(
  ctx: MatchingContext,
  values: RecordValues,
): Promise<RecordValues> {
  const { entityType, matching } = ctx.definition;
  const prefix = entityType === 'LOAN' ? 'loan' : 'contact';
  const out: Record<string, FieldValue | undefined> = { ...values };
  if (matching?.staff) {
    out[`${prefix}.owner.staffId`] = await matchStaff(
      ctx,
      matching.staff,
      values[`${prefix}.owner.email`],
    );
  }
  if (matching?.leadSource) {
    const field = entityType === 'LOAN' ? 'loan.borrower.leadSource' : 'contact.leadSource';
    out[`${field}Id`] = await matchLeadSource(ctx, matching.leadSource, values[field]);
  }
  return out;
}
