import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { seedContactsSql, type SeedContacts } from '../../src/db/bulk-seed.js';

/** Inserts contacts set-based straight into a test database (its env: DATA_DIR or DATABASE_URL). */
export async function seedContacts(env: Record<string, string>, s: SeedContacts): Promise<void> {
  if (env.DATABASE_URL) {
    const { sql, params } = seedContactsSql('mysql', s);
    const conn = await createConnection(env.DATABASE_URL);
    await conn.query(sql, params);
    await conn.end();
    return;
  }
  const { sql, params } = seedContactsSql('sqlite', s);
  const db = new Database(join(env.DATA_DIR!, 'odc.sqlite'));
  db.pragma('busy_timeout = 10000');
  db.prepare(sql).run(...params);
  db.close();
}

/** Runs one statement on a test database. */
export async function execSql(
  env: Record<string, string>,
  sql: string,
  params: unknown[] = [],
): Promise<void> {
  if (env.DATABASE_URL) {
    const conn = await createConnection(env.DATABASE_URL);
    await conn.query(sql, params);
    await conn.end();
    return;
  }
  const db = new Database(join(env.DATA_DIR!, 'odc.sqlite'));
  db.pragma('busy_timeout = 10000');
  db.prepare(sql).run(...params);
  db.close();
}

/** Rows of one query on a test database. */
export async function querySql<T = Record<string, unknown>>(
  env: Record<string, string>,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (env.DATABASE_URL) {
    const conn = await createConnection(env.DATABASE_URL);
    try {
      const [rows] = await conn.query(sql, params);
      return rows as T[];
    } finally {
      await conn.end();
    }
  }
  const db = new Database(join(env.DATA_DIR!, 'odc.sqlite'), { readonly: true });
  db.pragma('busy_timeout = 10000');
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** `count` users of one role with no records (emails `${prefix}-N@seed.test`), set-based. */
export async function seedUsers(
  env: Record<string, string>,
  s: { organizationId: string; roleId: string; prefix: string; count: number },
): Promise<void> {
  const rows = Array.from({ length: s.count }, (_, n) => [
    randomUUID(),
    s.organizationId,
    s.roleId,
    `${s.prefix}-${n}@seed.test`,
    `${s.prefix} ${n}`,
    'x',
  ]);
  for (let i = 0; i < rows.length; i += 250) {
    const chunk = rows.slice(i, i + 250);
    await execSql(
      env,
      `INSERT INTO app_user (id, organizationId, roleId, email, name, passwordHash) VALUES ${chunk
        .map(() => '(?, ?, ?, ?, ?, ?)')
        .join(', ')}`,
      chunk.flat(),
    );
  }
}
