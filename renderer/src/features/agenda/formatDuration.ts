import type { TFunction } from 'i18next';
import { splitDuration } from '@shared/agenda/clock';

/** "45 min", "2 h", "1 h 30 min", in the current language. */
export function formatDuration(t: TFunction, totalMinutes: number): string {
  const { hours, minutes } = splitDuration(totalMinutes);
  if (hours === 0) return t('duration.minutes', { count: minutes });
  if (minutes === 0) return t('duration.hours', { hours });
  return t('duration.hoursMinutes', { hours, minutes });
}
