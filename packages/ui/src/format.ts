import type { RunStatus } from '@odc/core/schema';

/** "5/11/22 - 11:32 AM" in the user's locale and time zone; "Never" when there is no time. */
export function formatRunTime(
  iso: string | null | undefined,
  locale?: string,
  timeZone?: string,
): string {
  if (!iso) return 'Never';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Never';
  const day = new Intl.DateTimeFormat(locale, {
    year: '2-digit',
    month: 'numeric',
    day: 'numeric',
    timeZone,
  }).format(date);
  const time = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(date);
  // Browsers put a narrow no-break space before AM/PM; plain spaces read and match the same.
  return `${day} - ${time}`.replace(/[\u202f\u00a0]/g, ' ');
}

export const RUN_STATUS_LABEL: Record<RunStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  RETRYING: 'Retrying',
  SUCCESS: 'Success',
  FAILURE: 'Failure',
};

export const RUN_STATUS_COLOR: Record<RunStatus, string> = {
  QUEUED: 'grey',
  RUNNING: 'info',
  RETRYING: 'warning',
  SUCCESS: 'success',
  FAILURE: 'error',
};

export const ENTITY_LABEL = { CONTACT: 'Contact', LOAN: 'Loan' } as const;
