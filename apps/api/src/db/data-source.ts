import { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { ConnectorEntity } from '../modules/connectors/connector.entity.js';
import { OrganizationEntity } from '../modules/identity/organization.entity.js';
import { RoleEntity } from '../modules/identity/role.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { ContactEntity } from '../modules/records/contact.entity.js';
import { CustomFieldEntity } from '../modules/records/custom-field.entity.js';
import { LoanEntity } from '../modules/records/loan.entity.js';
import { PushAttemptEntity } from '../modules/runs/push-attempt.entity.js';
import { PushRunEntity } from '../modules/runs/push-run.entity.js';
import { InitialMysql1730000000000 } from './migrations/mysql/1730000000000-initial.js';
import { InitialSqlite1730000000000 } from './migrations/sqlite/1730000000000-initial.js';
import { RecordOrder1731000000000 } from './migrations/record-order.js';

export const ENTITIES = [
  OrganizationEntity,
  RoleEntity,
  UserEntity,
  CustomFieldEntity,
  ContactEntity,
  LoanEntity,
  ConnectorEntity,
  PushRunEntity,
  PushAttemptEntity,
];

/** SQLite (WAL) in DATA_DIR by default, MySQL/MariaDB through mysql2 with DATABASE_URL. */
export function createDataSource(database: Config['database']): DataSource {
  if (database.type === 'mysql') {
    return new DataSource({
      type: 'mysql',
      url: database.url,
      entities: ENTITIES,
      migrations: [InitialMysql1730000000000, RecordOrder1731000000000],
      migrationsRun: true,
      synchronize: false,
      timezone: 'Z',
      charset: 'utf8mb4',
      poolSize: 20,
      extra: { connectionLimit: 20 },
    });
  }
  return new DataSource({
    type: 'better-sqlite3',
    database: database.path,
    entities: ENTITIES,
    migrations: [InitialSqlite1730000000000, RecordOrder1731000000000],
    migrationsRun: true,
    synchronize: false,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
    },
  });
}
