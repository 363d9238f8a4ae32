import { useTranslation } from 'react-i18next';
import { formatClock } from '@shared/agenda/clock';
import { replan } from '@shared/run/replan';
import { isSessionDay } from '@shared/run/sessionDay';
import type { WorkshopMeta } from '@shared/workshop/schema';
import { dayStartOf, type LiveView } from './runModel';

type SchedulePanelProps = { view: LiveView; meta: WorkshopMeta | undefined; now: number };

/**
 * The rest of the agenda re-planned from what really happened: how far the session runs ahead or
 * behind, and when each part is now expected, beside the time first planned.
 */
export function SchedulePanel({ view, meta, now }: SchedulePanelProps) {
  const { t } = useTranslation();
  const plan = replan({
    parts: view.parts.map((part) => ({ id: part.id, minutes: part.minutes, fixedStart: part.fixedStart || undefined })),
    run: view.run,
    now,
    // An agenda without a start time is planned from the moment the facilitator opens it.
    startClock: meta?.startTime || formatClock(new Date(now).getHours() * 60 + new Date(now).getMinutes()),
    dayStartMs: dayStartOf(view.run, now),
    sessionDay: isSessionDay(meta?.date, now),
  });
  const drift = plan.driftMinutes;
  const driftText = drift > 0 ? t('run.schedule.late', { count: drift }) : drift < 0 ? t('run.schedule.early', { count: -drift }) : t('run.schedule.onTime');

  return (
    <section className="run-panel" aria-labelledby="run-schedule-title">
      <h2 id="run-schedule-title">{t('run.schedule.title')}</h2>
      <p className={`run-drift${drift > 0 ? ' is-late' : ''}`} data-testid="run-drift">
        {driftText}
      </p>
      <p className="muted">{t('run.schedule.end', { planned: formatClock(plan.plannedEnd), projected: formatClock(plan.projectedEnd) })}</p>
      <ol className="run-schedule">
        {plan.parts.map((row, index) => {
          const part = view.parts[index];
          if (!part) return null;
          const moved = row.start !== undefined && Math.round(row.start) !== Math.round(row.plannedStart);
          return (
            <li key={row.id} className={`run-schedule-row is-${row.status}`} data-testid="schedule-row" data-status={row.status}>
              <span className="run-schedule-time" data-testid="schedule-time">
                {row.start !== undefined && row.end !== undefined ? `${formatClock(row.start)}–${formatClock(row.end)}` : t('run.schedule.skipped')}
              </span>
              <span className="run-schedule-title">{part.title || t('agenda.newPartTitle')}</span>
              <span className="run-schedule-note muted">
                {row.status === 'current' ? t('run.schedule.now') : row.status === 'done' ? t('run.schedule.done') : null}
                {moved && row.status === 'upcoming' ? t('run.schedule.planned', { time: formatClock(row.plannedStart) }) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
