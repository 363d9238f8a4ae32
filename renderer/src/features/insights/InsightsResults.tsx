import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { InsightsActivity } from '@shared/activities/activitySchema';
import { readParticipants } from '@shared/attendance/register';
import { participantsRoot } from '@shared/attendance/schema';
import { insightsRoot, readInsightAnswers } from '@shared/insights/answers';
import { insightProfile } from '@shared/insights/profile';
import { isPollClosed, setPollClosed, type RunState } from '@shared/run/state';
import { useDocValue } from '../activities/useDocValue';
import { ProfileTable } from './ProfileTable';
import './insights.css';

type InsightsResultsProps = { doc: Y.Doc; partId: string; config: InsightsActivity; run: RunState; projector: boolean };

/** The room's profile for the facilitator (with the switch that closes the check) and the projector. */
export function InsightsResults({ doc, partId, config, run, projector }: InsightsResultsProps) {
  const { t } = useTranslation();
  const byPerson = useDocValue(doc, [insightsRoot], (current) => readInsightAnswers(current, partId).byPerson, [partId]);
  const profile = insightProfile(byPerson);
  const closed = isPollClosed(run, partId);
  // Only when the facilitator chose a check that is not anonymous: who has answered, never what.
  const names = useDocValue(doc, [participantsRoot], (current) => (config.anonymous || projector ? [] : readParticipants(current).participants.filter((person) => byPerson.has(person.id)).map((person) => person.name)), [config.anonymous, projector, byPerson]);
  return (
    <div className="activity insights-results">
      <h3>{t('insights.title')}</h3>
      <p aria-live="polite" data-testid="insight-respondents">
        {t('insights.respondents', { count: profile.respondents })}
        {closed ? ` · ${t('insights.closedNote')}` : ''}
      </p>
      {names.length > 0 ? <p className="muted">{t('insights.who', { names: names.join(', ') })}</p> : null}
      {projector ? null : (
        <button type="button" className="button" onClick={() => setPollClosed(doc, partId, !closed, Date.now())}>
          {closed ? t('insights.reopen') : t('insights.close')}
        </button>
      )}
      <ProfileTable profile={profile} />
    </div>
  );
}
