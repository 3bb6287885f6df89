/**
 * One schema, two dialects: the DDL of the first migration for SQLite and MySQL/MariaDB. Frozen:
 * a migration is history (later columns come by later migrations); today's columns are the
 * entities', which the hot path's SQL (run-statements.ts) reads.
 */
export type Dialect = 'sqlite' | 'mysql';

interface Types {
  id: string;
  text: string;
  longText: string;
  date: string;
  bool: string;
  double: string;
  tail: string;
  /** Default for timestamp columns TypeORM fills on insert (CreateDateColumn). */
  now: string;
}

const TYPES: Record<Dialect, Types> = {
  sqlite: {
    id: 'varchar(36)',
    text: 'text',
    longText: 'text',
    date: 'datetime',
    bool: 'boolean',
    double: 'double',
    tail: '',
    now: "DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))",
  },
  mysql: {
    id: 'varchar(36)',
    text: 'text',
    longText: 'mediumtext',
    date: 'datetime(3)',
    bool: 'tinyint(1)',
    double: 'double',
    tail: ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin',
    now: 'DEFAULT CURRENT_TIMESTAMP(3)',
  },
};

export function initialSchema(dialect: Dialect): string[] {
  const t = TYPES[dialect];
  const table = (name: string, cols: string[]) =>
    `CREATE TABLE ${name} (${cols.join(', ')})${t.tail}`;
  return [
    table('organization', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      'name varchar(200) NOT NULL',
      `storesBirthYear ${t.bool} NOT NULL`,
      `createdAt ${t.date} NOT NULL ${t.now}`,
    ]),
    table('role', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      'name varchar(100) NOT NULL',
      'connectorAccess varchar(16) NOT NULL',
      `createdAt ${t.date} NOT NULL ${t.now}`,
    ]),
    'CREATE UNIQUE INDEX uq_role_name ON role (organizationId, name)',
    table('app_user', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      `roleId ${t.id} NOT NULL`,
      'email varchar(254) NOT NULL',
      'name varchar(200) NOT NULL',
      'passwordHash varchar(255) NOT NULL',
      `createdAt ${t.date} NOT NULL ${t.now}`,
    ]),
    'CREATE UNIQUE INDEX uq_user_email ON app_user (email)',
    'CREATE INDEX ix_user_org ON app_user (organizationId)',
    table('custom_field', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      'entityType varchar(8) NOT NULL',
      'fieldKey varchar(64) NOT NULL',
      'label varchar(200) NOT NULL',
      'type varchar(8) NOT NULL',
      `createdAt ${t.date} NOT NULL ${t.now}`,
    ]),
    'CREATE UNIQUE INDEX uq_custom_field ON custom_field (organizationId, entityType, fieldKey)',
    table('contact', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      `ownerId ${t.id} NOT NULL`,
      'firstName varchar(200) NOT NULL',
      'lastName varchar(200) NOT NULL',
      'email varchar(254) NULL',
      'phone varchar(50) NULL',
      'address varchar(300) NULL',
      'address2 varchar(300) NULL',
      'city varchar(100) NULL',
      'state varchar(100) NULL',
      'zipCode varchar(20) NULL',
      'birthday varchar(10) NULL',
      'anniversary varchar(10) NULL',
      'activityRating int NULL',
      `additionalInfo ${t.text} NULL`,
      `customFields ${t.text} NOT NULL`,
      `createdAt ${t.date} NOT NULL ${t.now}`,
      `updatedAt ${t.date} NOT NULL ${t.now}`,
    ]),
    'CREATE INDEX ix_contact_org ON contact (organizationId, lastName, firstName)',
    'CREATE INDEX ix_contact_owner ON contact (ownerId)',
    table('loan', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      `ownerId ${t.id} NOT NULL`,
      `borrowerId ${t.id} NULL`,
      'loanNumber varchar(100) NOT NULL',
      'loanType varchar(16) NOT NULL',
      `amount ${t.double} NULL`,
      `interestRate ${t.double} NULL`,
      'status varchar(100) NULL',
      'propertyAddress varchar(300) NULL',
      'closingDate varchar(10) NULL',
      `customFields ${t.text} NOT NULL`,
      `createdAt ${t.date} NOT NULL ${t.now}`,
      `updatedAt ${t.date} NOT NULL ${t.now}`,
    ]),
    'CREATE INDEX ix_loan_org ON loan (organizationId, loanNumber)',
    'CREATE INDEX ix_loan_owner ON loan (ownerId)',
    table('connector', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      'name varchar(100) NOT NULL',
      'nameKey varchar(100) NOT NULL',
      'entityType varchar(8) NOT NULL',
      `automationTriggers ${t.text} NOT NULL`,
      `roleIds ${t.text} NOT NULL`,
      `definition ${t.longText} NOT NULL`,
      `secrets ${t.text} NULL`,
      `published ${t.bool} NOT NULL`,
      `lastRunAt ${t.date} NULL`,
      'lastRunStatus varchar(10) NULL',
      `createdAt ${t.date} NOT NULL`,
      `updatedAt ${t.date} NOT NULL`,
    ]),
    'CREATE UNIQUE INDEX uq_connector_name ON connector (organizationId, nameKey)',
    table('push_run', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `organizationId ${t.id} NOT NULL`,
      `connectorId ${t.id} NOT NULL`,
      'runTrigger varchar(10) NOT NULL',
      'entityType varchar(8) NOT NULL',
      'recordId varchar(64) NOT NULL',
      `recordOwnerId ${t.id} NULL`,
      `initiatedById ${t.id} NULL`,
      'status varchar(10) NOT NULL',
      'attempts int NOT NULL',
      'requestMethod varchar(8) NULL',
      `requestUrl ${t.text} NULL`,
      `requestBody ${t.longText} NULL`,
      'responseStatus int NULL',
      `responseBody ${t.longText} NULL`,
      `error ${t.text} NULL`,
      'durationMs int NULL',
      `snapshot ${t.longText} NOT NULL`,
      `nextAttemptAt ${t.date} NULL`,
      `startedAt ${t.date} NULL`,
      `createdAt ${t.date} NOT NULL`,
      `finishedAt ${t.date} NULL`,
    ]),
    'CREATE INDEX ix_run_org ON push_run (organizationId, createdAt)',
    'CREATE INDEX ix_run_connector ON push_run (connectorId, createdAt)',
    'CREATE INDEX ix_run_status ON push_run (status)',
    table('push_attempt', [
      `id ${t.id} NOT NULL PRIMARY KEY`,
      `runId ${t.id} NOT NULL`,
      'attemptNumber int NOT NULL',
      'outcome varchar(10) NOT NULL',
      'requestMethod varchar(8) NULL',
      `requestUrl ${t.text} NULL`,
      `requestBody ${t.longText} NULL`,
      'responseStatus int NULL',
      `responseBody ${t.longText} NULL`,
      `error ${t.text} NULL`,
      'durationMs int NOT NULL',
      `startedAt ${t.date} NOT NULL`,
      `finishedAt ${t.date} NOT NULL`,
    ]),
    'CREATE INDEX ix_attempt_run ON push_attempt (runId, attemptNumber)',
  ];
}

export const TABLES = [
  'push_attempt',
  'push_run',
  'connector',
  'loan',
  'contact',
  'custom_field',
  'app_user',
  'role',
  'organization',
];
