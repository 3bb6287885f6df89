import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ConnectorEntity } from './modules/connectors/connector.entity.js';
import { OrganizationEntity } from './modules/identity/organization.entity.js';
import { RoleEntity } from './modules/identity/role.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { ContactEntity } from './modules/records/contact.entity.js';

function byId<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  target: EntityTarget<T>,
  cache: boolean,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await ds.getRepository(target).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { cache },
  );
}

/** Roles never change once created (there is no updateRole): one process-wide copy. */
const roleCache = new Map<string, RoleEntity>();

function roleLoader(ds: DataSource, cache: boolean): DataLoader<string, RoleEntity | null> {
  return new DataLoader<string, RoleEntity | null>(
    async (ids) => {
      const missing = ids.filter((id) => !roleCache.has(id));
      if (missing.length) {
        const rows = await ds.getRepository(RoleEntity).findBy({ id: In([...missing]) });
        if (roleCache.size > 50_000) roleCache.clear();
        for (const r of rows) roleCache.set(r.id, r);
      }
      return ids.map((id) => roleCache.get(id) ?? null);
    },
    { cache },
  );
}

export interface Loaders {
  role: DataLoader<string, RoleEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  organization: DataLoader<string, OrganizationEntity | null>;
  connector: DataLoader<string, ConnectorEntity | null>;
  contact: DataLoader<string, ContactEntity | null>;
}

/**
 * Batched lookups for field resolvers; callers pass ids from rows already scoped to the org.
 * Each loader is made on first use: most requests need one or none.
 */
export function createLoaders(ds: DataSource, cache = true): Loaders {
  const made: Partial<Loaders> = {};
  return {
    get role() {
      return (made.role ??= roleLoader(ds, cache));
    },
    get user() {
      return (made.user ??= byId(ds, UserEntity, cache));
    },
    get organization() {
      return (made.organization ??= byId(ds, OrganizationEntity, cache));
    },
    get connector() {
      return (made.connector ??= byId(ds, ConnectorEntity, cache));
    },
    get contact() {
      return (made.contact ??= byId(ds, ContactEntity, cache));
    },
  };
}
