import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Role names are unique per organization whatever their case: `nameKey` (trimmed, lower-cased) with
 * a unique index replaces the index on `name` (case-sensitive under utf8mb4_bin and SQLite).
 * Existing roles whose names differ only in case keep their names; the later ones get `#id` on
 * their key so that the index can be built.
 */
export class RoleNameKey1735100000000 implements MigrationInterface {
  name = 'RoleNameKey1735100000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    await runner.query("ALTER TABLE role ADD COLUMN nameKey varchar(140) NOT NULL DEFAULT ''");
    const rows = (await runner.query(
      'SELECT id, organizationId, name FROM role ORDER BY createdAt, id',
    )) as { id: string; organizationId: string; name: string }[];
    const taken = new Set<string>();
    for (const r of rows) {
      let key = roleNameKey(r.name);
      if (taken.has(`${r.organizationId}|${key}`)) key = `${key}#${r.id}`;
      taken.add(`${r.organizationId}|${key}`);
      await runner.query('UPDATE role SET nameKey = ? WHERE id = ?', [key, r.id]);
    }
    await runner.query(mysql ? 'DROP INDEX uq_role_name ON role' : 'DROP INDEX uq_role_name');
    await runner.query('CREATE UNIQUE INDEX uq_role_name_key ON role (organizationId, nameKey)');
  }

  async down(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    await runner.query(
      mysql ? 'DROP INDEX uq_role_name_key ON role' : 'DROP INDEX uq_role_name_key',
    );
    await runner.query('CREATE UNIQUE INDEX uq_role_name ON role (organizationId, name)');
    await runner.query('ALTER TABLE role DROP COLUMN nameKey');
  }
}

/** What made two role names the same when this migration was written (a migration keeps its own). */
const roleNameKey = (name: string) => name.trim().toLowerCase();
