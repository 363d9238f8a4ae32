import { useTranslation } from 'react-i18next';
import { beforeAfter, heatMap, priorityView, readAssessments } from '@shared/competencies/assessment';
import { findCompetency } from '@shared/competencies/framework';
import { PollControls, VoteStatus } from '../dots/DotVotePanels';
import { ResultBars } from '../ResultBars';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { BeforeAfter } from './BeforeAfter';
import type { CompetenciesProps } from './CompetenciesParticipant';
import { HeatMap } from './HeatMap';

const room = { deviceId: '', role: 'participant' as const };

/**
 * What the facilitator and the room see of a competencies part: the ranked priorities, the heat
 * map of this round's self-assessment, and the change per competency once both rounds exist.
 * The facilitator also opens and closes the priority vote; the projector shows what any
 * participant may see.
 */
export function CompetencyResults({ doc, partId, config, run, actor, projector }: CompetenciesProps & { projector?: boolean }) {
  const { t } = useTranslation();
  const viewer = projector ? room : actor;
  const data = useDocValue(
    doc,
    [...watched.priorities, ...watched.ratings, ...watched.agenda],
    (current) => {
      const before = readAssessments(current, 'before').byPerson;
      const after = readAssessments(current, 'after').byPerson;
      return {
        view: priorityView(current, partId, config, run, viewer),
        heat: heatMap(config.round === 'after' ? after : before),
        changes: beforeAfter(before, after),
      };
    },
    [partId, config, run, viewer.deviceId, viewer.role],
  );
  const label = (id: string) => t(findCompetency(id)?.key ?? id);

  return (
    <div className={`activity competency-results${projector ? ' is-projector' : ''}`}>
      {config.prioritise ? (
        <section aria-labelledby={`room-priorities-${partId}`}>
          <h3 id={`room-priorities-${partId}`}>{t('activities.competencies.priorities')}</h3>
          {projector ? <VoteStatus view={data.view} hidden={config.hiddenUntilClosed} /> : <PollControls doc={doc} partId={partId} view={data.view} hidden={config.hiddenUntilClosed} />}
          {data.view.resultsVisible ? <ResultBars results={data.view.results} label={label} limit={projector ? 7 : undefined} large={projector} /> : null}
        </section>
      ) : null}
      {config.selfAssess ? (
        <div className="competency-tables">
          <HeatMap stats={data.heat} large={projector} />
          {data.changes.length > 0 || !projector ? <BeforeAfter changes={data.changes} /> : null}
        </div>
      ) : null}
    </div>
  );
}
