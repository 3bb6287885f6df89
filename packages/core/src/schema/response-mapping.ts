import { z } from 'zod';
import { RESPONSE_FORMATS } from './enums.js';
import { SETTINGS, rangeText } from './settings.js';

const { delimiterLength } = SETTINGS;

/**
 * What to read from each response (its Result) and, optionally, the custom field a SUCCESS run
 * writes it to. The write-back field is checked against the catalog in mappingIssues.
 */
export const responseMappingSchema = z
  .object({
    format: z.enum(RESPONSE_FORMATS, { error: 'Response format must be JSON, XML or TEXT' }),
    responseKey: z
      .string({ error: 'Response key is required' })
      .refine((s) => s.trim().length > 0, { message: 'Response key must not be blank' })
      .refine((s) => s.length <= 1000, { message: 'Response key must be at most 1000 characters' }),
    delimiter: z
      .string()
      .refine((s) => s.length >= delimiterLength.min && s.length <= delimiterLength.max, {
        message: `Delimiter must be ${rangeText(delimiterLength)} characters`,
      })
      .nullable()
      .default(null),
    writeBackField: z.string().nullable().default(null),
  })
  .superRefine((m, ctx) => {
    if (m.format !== 'TEXT' && m.delimiter !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['delimiter'],
        message: 'Delimiter is for TEXT responses only: leave it empty for JSON and XML',
      });
  });

export type ResponseMapping = z.output<typeof responseMappingSchema>;

/** The delimiter a TEXT mapping splits at. */
export const DEFAULT_DELIMITER = ',';

/** "contact.custom.score" is a custom field of CONTACT; anything else is not a write-back target. */
export function isCustomFieldOf(entityType: string, key: string): boolean {
  return key.startsWith(`${entityType.toLowerCase()}.custom.`);
}
