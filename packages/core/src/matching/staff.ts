import type { StaffMatching } from '../schema/connector.schema.js';
import { comparable, fetchList, findItem, itemId } from './list.js';
import type { MatchingContext } from './request.js';

/** The staff id of the owner's email in the target's staff list; null without an email or a match. */
export async function matchStaff(
  ctx: MatchingContext,
  settings: StaffMatching,
  ownerEmail: unknown,
): Promise<string | null> {
  const email = comparable(ownerEmail);
  if (email === null) return null;
  const items = await fetchList(ctx, 'staff list', settings.listUrl);
  const item = findItem(items, settings.emailField, email);
  return item === undefined ? null : itemId(item, settings.idField, 'staff list', settings.listUrl);
}
