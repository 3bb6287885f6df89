import { z } from 'zod';

/**
 * The numeric connector settings: label, range, default and unit, stated once. The zod schema,
 * the GraphQL descriptions and the setup form's hints and placeholders are all built from here.
 */
export interface IntSetting {
  label: string;
  min: number;
  max: number;
  /** null: the setting is off unless set (a rate limit). */
  default: number | null;
  /** Shown after the range: "ms", "seconds". */
  unit?: string;
}

const setting = <T extends IntSetting>(s: T): T => s;

export const SETTINGS = {
  maxAttempts: setting({ label: 'Max attempts', min: 1, max: 20, default: 5 }),
  timeoutMs: setting({ label: 'Timeout', min: 1000, max: 60_000, default: 10_000, unit: 'ms' }),
  rateLimitPerMinute: setting({
    label: 'Rate limit',
    min: 1,
    max: 1_000_000,
    default: null,
    unit: 'requests a minute',
  }),
  tokenExpirationSeconds: setting({
    label: 'Token expiration time',
    min: 1,
    max: 2_592_000,
    default: 1800,
    unit: 'seconds',
  }),
  delimiterLength: setting({ label: 'Delimiter', min: 1, max: 5, default: null }),
  pauseAfterFailures: setting({
    label: 'Pause after failures',
    min: 1,
    max: 1000,
    default: null,
    unit: 'failed pushes in a row',
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** "1000 to 60000 ms". */
export function rangeText(s: IntSetting): string {
  return `${s.min} to ${s.max}${s.unit ? ` ${s.unit}` : ''}`;
}

/** "1000 to 60000 ms, default 10000" or "…, none by default". */
export function settingHint(s: IntSetting): string {
  return `${rangeText(s)}, ${s.default === null ? 'none by default' : `default ${s.default}`}`;
}

/** A whole number in the setting's range, with messages that name it. */
export function intSetting(s: IntSetting) {
  const range = `${s.label} must be between ${s.min} and ${s.max}${s.unit ? ` ${s.unit}` : ''}`;
  return z
    .number({ error: `${s.label} must be a number` })
    .int(`${s.label} must be a whole number`)
    .min(s.min, range)
    .max(s.max, range);
}
