import { pino, type Logger } from 'pino';

export type { Logger };

/** Secrets never reach a log line: these paths are censored wherever they appear. */
const REDACT = [
  'password',
  'passcode',
  'clientSecret',
  'tokenRequestBody',
  'authorization',
  'token',
  '*.password',
  '*.passcode',
  '*.clientSecret',
  '*.tokenRequestBody',
  '*.authorization',
  '*.token',
  'req.headers.authorization',
  'variables.input.password',
  'variables.input.authentication.passcode',
  'variables.input.authentication.clientSecret',
  'variables.input.authentication.tokenRequestBody',
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
