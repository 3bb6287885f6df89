import { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { ConnectorEntity } from './modules/connectors/connector.entity.js';
import { OrganizationEntity } from './modules/identity/organization.entity.js';
import { RoleEntity } from './modules/identity/role.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { ContactEntity } from './modules/records/contact.entity.js';
import { CustomFieldEntity } from './modules/custom-fields/custom-field.entity.js';
import { LoanEntity } from './modules/records/loan.entity.js';
import { PushAttemptEntity } from './modules/delivery/push-attempt.entity.js';
import { PushRunEntity } from './modules/delivery/push-run.entity.js';
import { InitialMysql1730000000000 } from './db/migrations/mysql/1730000000000-initial.js';
import { InitialSqlite1730000000000 } from './db/migrations/sqlite/1730000000000-initial.js';
import { IdempotencyKeysMysql1736000000000 } from './db/migrations/mysql/1736000000000-idempotency-keys.js';
import { IdempotencyKeysSqlite1736000000000 } from './db/migrations/sqlite/1736000000000-idempotency-keys.js';
import { OpenRunsIndex1732000000000 } from './db/migrations/open-runs-index.js';
import { ContactLeadSource1733000000000 } from './db/migrations/contact-lead-source.js';
import { RecordOrder1731000000000 } from './db/migrations/record-order.js';
import { ResponseValue1734000000000 } from './db/migrations/response-value.js';
import { SecretHeaders1735000000000 } from './db/migrations/secret-headers.js';
import { RoleNameKey1735100000000 } from './db/migrations/role-name-key.js';
import { UserTokensValidAfter1735100000001 } from './db/migrations/sessions.js';
import { CustomValuesSize1735100000002 } from './db/migrations/custom-values-size.js';
import { ConnectorSigningMysql1737000000000 } from './db/migrations/mysql/1737000000000-connector-signing.js';
import { ConnectorSigningSqlite1737000000000 } from './db/migrations/sqlite/1737000000000-connector-signing.js';
import { ConnectorSigningEntity } from './modules/signing/signing.entity.js';
import { ConnectorVersionEntity } from './modules/versions/connector-version.entity.js';
import { ConnectorVersions1739000000000 } from './db/migrations/connector-versions.js';
import { gateStatements } from './db/transactions.js';
import { RunSearch1740000000000 } from './db/migrations/run-search.js';
import { BulkJobs1738000000000 } from './db/migrations/bulk-jobs.js';
import { BulkJobEntity } from './modules/bulk/bulk-job.entity.js';
import { AttemptHeaders1741000000000 } from './db/migrations/attempt-headers.js';
import { RunClaimId1742000000000 } from './db/migrations/run-claim-id.js';

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
  ConnectorSigningEntity,
  BulkJobEntity,
  ConnectorVersionEntity,
];

/** SQLite (WAL) in DATA_DIR by default, MySQL/MariaDB through mysql2 with DATABASE_URL. */
export function createDataSource(database: Config['database']): DataSource {
  if (database.type === 'mysql') {
    return new DataSource({
      type: 'mysql',
      url: database.url,
      entities: ENTITIES,
      migrations: [
        InitialMysql1730000000000,
        RecordOrder1731000000000,
        OpenRunsIndex1732000000000,
        ContactLeadSource1733000000000,
        ResponseValue1734000000000,
        SecretHeaders1735000000000,
        RoleNameKey1735100000000,
        UserTokensValidAfter1735100000001,
        CustomValuesSize1735100000002,
        IdempotencyKeysMysql1736000000000,
        ConnectorSigningMysql1737000000000,
        BulkJobs1738000000000,
        ConnectorVersions1739000000000,
        RunSearch1740000000000,
        AttemptHeaders1741000000000,
        RunClaimId1742000000000,
      ],
      migrationsRun: false, // runMigrations() holds a lock: several processes may start at once
      synchronize: false,
      timezone: 'Z',
      charset: 'utf8mb4',
      poolSize: 20,
      // Statements go by the text protocol (never prepared): no 16,000-entry cache per connection.
      extra: { connectionLimit: 20, maxPreparedStatements: 8 },
    });
  }
  return new DataSource({
    type: 'better-sqlite3',
    database: database.path,
    entities: ENTITIES,
    migrations: [
      InitialSqlite1730000000000,
      RecordOrder1731000000000,
      OpenRunsIndex1732000000000,
      ContactLeadSource1733000000000,
      ResponseValue1734000000000,
      SecretHeaders1735000000000,
      RoleNameKey1735100000000,
      UserTokensValidAfter1735100000001,
      CustomValuesSize1735100000002,
      IdempotencyKeysSqlite1736000000000,
      ConnectorSigningSqlite1737000000000,
      BulkJobs1738000000000,
      ConnectorVersions1739000000000,
      RunSearch1740000000000,
      AttemptHeaders1741000000000,
      RunClaimId1742000000000,
    ],
    migrationsRun: true,
    synchronize: false,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
    },
  });
}

/**
 * Opens the data source and runs pending migrations. On MySQL under a named lock, so API and
 * worker processes starting together migrate once; SQLite is one process's file.
 */
export async function openDataSource(database: Config['database']): Promise<DataSource> {
  const ds = createDataSource(database);
  await ds.initialize();
  if (database.type !== 'mysql') {
    gateStatements(ds);
    return ds;
  }
  try {
    await migrateLocked(ds);
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return ds;
}

async function migrateLocked(ds: DataSource): Promise<void> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    const [lock] = (await runner.query(
      "SELECT GET_LOCK(CONCAT('odc_migrate_', DATABASE()), 120) AS ok",
    )) as {
      ok: number | string | null;
    }[];
    if (Number(lock?.ok) !== 1) throw new Error('Could not take the migration lock within 120 s');
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query("SELECT RELEASE_LOCK(CONCAT('odc_migrate_', DATABASE()))");
    }
  } finally {
    await runner.release();
  }
}
