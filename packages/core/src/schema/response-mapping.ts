import { z } from 'zod';
import { RESPONSE_FORMATS } from './enums.js';
import { SETTINGS, rangeText } from './settings.js';
import { notBlank, text } from './text.js';

const { delimiterLength } = SETTINGS;

/**
 * What to read from each response (its Result) and, optionally, the custom field a SUCCESS run
 * writes it to. The write-back field and a delimiter for a non-TEXT format are checked in
 * mappingIssues, so they are reported with every other issue.
 */
export const responseMappingSchema = z.object({
  format: z.enum(RESPONSE_FORMATS, { error: 'Response format must be JSON, XML or TEXT' }),
  responseKey: notBlank('Response key'),
  delimiter: text('Delimiter')
    .refine((s) => s.length >= delimiterLength.min && s.length <= delimiterLength.max, {
      message: `Delimiter must be ${rangeText(delimiterLength)} characters`,
    })
    .nullable()
    .default(null),
  writeBackField: text('Write-back field').nullable().default(null),
});

export type ResponseMapping = z.output<typeof responseMappingSchema>;

/** The delimiter a TEXT mapping splits at. */
export const DEFAULT_DELIMITER = ',';

/** "contact.custom.score" is a custom field of CONTACT; anything else is not a write-back target. */
export function isCustomFieldOf(entityType: string, key: string): boolean {
  return key.startsWith(`${entityType.toLowerCase()}.custom.`);
}
