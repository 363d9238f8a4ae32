import { useTranslation } from 'react-i18next';
import { runLogRows } from '@shared/run/state';
import { clockOf, type LiveView } from './runModel';

/** When each part really started and ended, kept in the document for the outcome report. */
export function RunLog({ view, now }: { view: LiveView; now: number }) {
  const { t } = useTranslation();
  const rows = runLogRows(view.run, now);
  const titles = new Map(view.parts.map((part) => [part.id, part.title || t('agenda.newPartTitle')]));
  return (
    <section className="run-panel" aria-labelledby="run-log-title">
      <h2 id="run-log-title">{t('run.log.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('run.log.empty')}</p>
      ) : (
        <ul className="run-log" data-testid="run-log">
          {rows.map((row) => (
            <li key={row.partId}>
              <strong>{titles.get(row.partId) ?? t('run.log.removedPart')}</strong>{' '}
              <span className="muted">
                {row.endedAt !== undefined
                  ? t('run.log.ran', { start: clockOf(row.startedAt), end: clockOf(row.endedAt), minutes: Math.round(row.activeMs / 60_000) })
                  : t('run.log.running', { start: clockOf(row.startedAt), minutes: Math.round(row.activeMs / 60_000) })}
                {row.extendedMinutes > 0 ? ` ${t('run.log.extended', { count: row.extendedMinutes })}` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.run.finishedAt !== undefined ? <p className="run-finished-note">{t('run.log.finishedAt', { time: clockOf(view.run.finishedAt) })}</p> : null}
    </section>
  );
}
