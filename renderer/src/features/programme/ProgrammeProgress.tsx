import { useTranslation } from 'react-i18next';
import { ProgressExports } from './ProgressExports';
import { ProgressGroups } from './ProgressGroups';
import { ProgressHeatMap } from './ProgressHeatMap';
import { ProgressInsights } from './ProgressInsights';
import { useProgrammeProgress } from './useProgrammeProgress';
import './progress.css';

/**
 * Progress across the programme: competencies workshop by workshop, the same by gender and
 * stakeholder group, the ten insights side by side, and the exports of all of it.
 */
export function ProgrammeProgress({ name, ids, stamp }: { name: string; ids: readonly string[]; stamp: string }) {
  const { t } = useTranslation();
  const summary = useProgrammeProgress(ids, stamp);
  if (ids.length === 0) return null;
  const rated = summary ? summary.respondents.before + summary.respondents.after > 0 || summary.competencies.some((item) => item.dots > 0) : false;
  return (
    <section className="programme-progress" aria-labelledby="programme-progress" data-testid="programme-progress">
      <h2 id="programme-progress">{t('programme.progress.heading')}</h2>
      {!summary ? <p className="muted">{t('app.loading')}</p> : null}
      {summary && !rated && !summary.insights ? <p className="muted">{t('programme.progress.empty')}</p> : null}
      {summary && rated ? <ProgressHeatMap summary={summary} /> : null}
      {summary && rated ? <ProgressGroups summary={summary} /> : null}
      {summary ? <ProgressInsights summary={summary} /> : null}
      {summary && (rated || summary.insights) ? <ProgressExports name={name} summary={summary} /> : null}
    </section>
  );
}
