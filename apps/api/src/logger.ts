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
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
