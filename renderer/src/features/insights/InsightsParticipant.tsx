import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { answerInsight, insightsRoot, myInsightAnswers } from '@shared/insights/answers';
import { insightGroups, insights } from '@shared/insights/catalogue';
import { isPollClosed, type RunState } from '@shared/run/state';
import { RefusalMessage } from '../activities/RefusalMessage';
import { useDocValue } from '../activities/useDocValue';
import { InsightScale } from './InsightScale';
import './insights.css';

type InsightsParticipantProps = { doc: Y.Doc; partId: string; run: RunState; actor: Actor };

/** A participant rates their organisation on each of the ten insights. */
export function InsightsParticipant({ doc, partId, run, actor }: InsightsParticipantProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const answers = useDocValue(doc, [insightsRoot], (current) => myInsightAnswers(current, partId, actor.deviceId), [partId, actor.deviceId]);
  const closed = isPollClosed(run, partId);
  const answered = insights.filter((insight) => answers[insight.id] !== undefined).length;
  return (
    <div className="activity insights-participant" data-testid="insights-participant">
      <h3>{t('insights.title')}</h3>
      <p className="field-hint">{t('insights.intro')}</p>
      <p aria-live="polite" className="muted">
        {closed ? t('insights.closedNote') : t('insights.answered', { count: answered, total: insights.length })}
      </p>
      <RefusalMessage refusal={refusal} />
      {insightGroups.map((group) => (
        <section key={group} className="insight-group">
          <h4>{t(group === 'principle' ? 'insights.principles' : 'insights.steps')}</h4>
          {insights
            .filter((insight) => insight.group === group)
            .map((insight) => (
              <InsightScale
                key={insight.id}
                insight={insight}
                answer={answers[insight.id]}
                disabled={closed}
                onAnswer={(answer) => {
                  const result = answerInsight(doc, partId, actor.deviceId, insight.id, answer, { closed, now: Date.now() });
                  setRefusal(result.ok ? undefined : result.refusal);
                }}
              />
            ))}
        </section>
      ))}
    </div>
  );
}
