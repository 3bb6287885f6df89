import { toUser } from '../identity/identity.mapper.js';
import type { UserView } from '../identity/identity.type.js';
import type { UserEntity } from '../identity/user.entity.js';
import type { Loader } from '../shared/context.js';
import { notFound } from '../shared/errors.js';

/** A contact's or loan's owner, for the `owner` field. */
export async function ownerOf(
  ctx: { loaders: { user: Loader<UserEntity> } },
  ownerId: string,
): Promise<UserView> {
  const user = await ctx.loaders.user.load(ownerId);
  if (!user) throw notFound('User');
  return toUser(user);
}
