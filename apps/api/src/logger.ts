import { SECRET_AUTH_FIELDS } from '@odc/core';
import { pino, type Logger } from 'pino';

export type { Logger };

/** Names censored at the top level and one level down; the connector's secrets come from core. */
const SECRET_NAMES = ['password', ...SECRET_AUTH_FIELDS, 'authorization', 'token'];

/** Secrets never reach a log line: these paths are censored wherever they appear. */
const REDACT = [
  ...SECRET_NAMES,
  ...SECRET_NAMES.map((name) => `*.${name}`),
  'req.headers.authorization',
  'variables.input.password',
  ...SECRET_AUTH_FIELDS.map((name) => `variables.input.authentication.${name}`),
  'variables.input.request.headers[*].value',
  // A failed statement's values (a password hash, sealed secrets): TypeORM and mysql2 errors.
  'err.parameters',
  'err.sql',
  'err.driverError.parameters',
  'err.driverError.sql',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
