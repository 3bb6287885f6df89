import {
  mdiAlertCircle,
  mdiCheckCircle,
  mdiClockOutline,
  mdiProgressClock,
  mdiRefresh,
} from '@mdi/js';
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

/** How one attempt of a run ended (PushAttempt.outcome). */
export type AttemptOutcome = 'SUCCESS' | 'RETRY' | 'FAILURE';

/** What a status chip shows: a run's status or an attempt's outcome. */
export type ChipStatus = RunStatus | AttemptOutcome;

/** Every status and outcome in one casing (sentence case), wherever it is shown. */
export const RUN_STATUS_LABEL: Record<ChipStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  RETRYING: 'Retrying',
  RETRY: 'Retry',
  SUCCESS: 'Success',
  FAILURE: 'Failure',
};

export const RUN_STATUS_COLOR: Record<ChipStatus, string> = {
  QUEUED: 'grey-darken-1',
  RUNNING: 'info',
  RETRYING: 'warning',
  RETRY: 'warning',
  SUCCESS: 'success',
  FAILURE: 'error',
};

/** An icon per status, so a chip reads at a glance without its colour too. */
export const RUN_STATUS_ICON: Record<ChipStatus, string> = {
  QUEUED: mdiClockOutline,
  RUNNING: mdiProgressClock,
  RETRYING: mdiRefresh,
  RETRY: mdiRefresh,
  SUCCESS: mdiCheckCircle,
  FAILURE: mdiAlertCircle,
};

export const ENTITY_LABEL = { CONTACT: 'Contact', LOAN: 'Loan' } as const;
