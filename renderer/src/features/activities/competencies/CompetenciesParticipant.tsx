import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CompetenciesActivity } from '@shared/activities/activitySchema';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { myLevels, prioritise, priorityView, rateCompetency, unprioritise } from '@shared/competencies/assessment';
import { competencies, domains, findCompetency } from '@shared/competencies/framework';
import type { RunState } from '@shared/run/state';
import { DotBudget } from '../dots/DotBudget';
import { DotButtons } from '../dots/DotButtons';
import { VoteStatus } from '../dots/DotVotePanels';
import { RefusalMessage } from '../RefusalMessage';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { RatingScale } from './RatingScale';

export type CompetenciesProps = { doc: Y.Doc; partId: string; config: CompetenciesActivity; run: RunState; actor: Actor };

/** A participant picks the competencies that matter most and rates their own level on each. */
export function CompetenciesParticipant({ doc, partId, config, run, actor }: CompetenciesProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const view = useDocValue(doc, [...watched.priorities, ...watched.agenda], (current) => priorityView(current, partId, config, run, actor), [partId, config, run, actor.deviceId]);
  const levels = useDocValue(doc, watched.ratings, (current) => myLevels(current, config.round, actor.deviceId), [config.round, actor.deviceId]);
  const rate = useCallback((id: string, level: number | undefined) => rateCompetency(doc, config.round, actor.deviceId, id, level, Date.now()), [doc, config.round, actor.deviceId]);
  const rated = competencies.filter((item) => levels[item.id] !== undefined).length;

  return (
    <div className="activity competencies-participant">
      {config.prioritise ? (
        <section className="priorities" aria-labelledby={`priorities-${partId}`} data-testid="priorities">
          <h3 id={`priorities-${partId}`}>{t('activities.competencies.prioritiesTitle')}</h3>
          <p className="field-hint">{t('activities.competencies.prioritiesHint')}</p>
          <VoteStatus view={view} hidden={config.hiddenUntilClosed} />
          {view.closed ? null : <DotBudget left={view.myDotsLeft} total={config.dots} />}
          <RefusalMessage refusal={refusal} />
          {domains.map((domain) => (
            <div key={domain.id} className="domain-group">
              <h4>{t(domain.key)}</h4>
              <ul className="vote-options">
                {domain.competencyIds.map((id) => {
                  const name = t(findCompetency(id)?.key ?? id);
                  return (
                    <li key={id} className="vote-option" data-testid="vote-option">
                      <span className="vote-option-text">{name}</span>
                      <DotButtons
                        label={name}
                        mine={view.myDots.get(id) ?? 0}
                        closed={view.closed}
                        onPlace={() => {
                          const result = prioritise(doc, partId, actor.deviceId, id, config, run, Date.now());
                          setRefusal(result.ok ? undefined : result.refusal);
                        }}
                        onRemove={() => {
                          const result = unprioritise(doc, partId, actor.deviceId, id, config, run, Date.now());
                          setRefusal(result.ok ? undefined : result.refusal);
                        }}
                      />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      {config.selfAssess ? (
        <section className="self-assessment" aria-labelledby={`assess-${partId}`} data-testid="self-assessment">
          <h3 id={`assess-${partId}`}>{t('activities.competencies.assessTitle')}</h3>
          <p className="field-hint">
            {t('activities.competencies.assessHint')} {t('activities.competencies.roundNote', { round: t(`activities.competencies.round.${config.round}`) })}
          </p>
          <p aria-live="polite" className="muted">
            {t('activities.competencies.rated', { count: rated, total: competencies.length })}
          </p>
          {domains.map((domain) => (
            <div key={domain.id} className="domain-group">
              <h4>{t(domain.key)}</h4>
              {domain.competencyIds.map((id) => {
                const competency = findCompetency(id);
                return competency ? <RatingScale key={id} competency={competency} level={levels[id]} onRate={(level) => rate(id, level)} /> : null;
              })}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
