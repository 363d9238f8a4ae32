import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import type { AgendaPart } from '@shared/workshop/schema';
import { CommitmentsPanel } from '../commitments/CommitmentsPanel';
import { InsightsParticipant } from '../insights/InsightsParticipant';
import { InsightsResults } from '../insights/InsightsResults';
import { CardsParticipant } from './cards/CardsParticipant';
import { CardsProjector } from './cards/CardsProjector';
import { CompetenciesParticipant } from './competencies/CompetenciesParticipant';
import { CompetencyResults } from './competencies/CompetencyResults';
import { DotVoteFacilitator, DotVoteParticipant, DotVoteProjector } from './dots/DotVotePanels';
import { QnaFacilitator, QnaParticipant, QnaProjector } from './qna/QnaPanels';
import { useActivity } from './useActivity';
import './activities.css';
import { lazyComponent } from '../../ui/lazyComponent';

// The roadmap (board, timeline, rich-text editor) is the largest panel and only one part of a
// forum uses it, so it loads when that part comes up rather than with the first screen.
const RoadmapWorkspace = lazyComponent(() => import('../roadmap/RoadmapPanels'), 'RoadmapWorkspace', { loadingKey: 'activities.loading' });
const RoadmapProjector = lazyComponent(() => import('../roadmap/RoadmapPanels'), 'RoadmapProjector', { loadingKey: 'activities.loading' });
// Likewise the hackathon's panels (only its formats use them) and the facilitator's board of
// cards (grouping, merging, holding), which a participant's phone never shows.
const HackathonPanel = lazyComponent(() => import('../hackathon/HackathonPanels'), 'HackathonPanel', { loadingKey: 'activities.loading' });
const CardsFacilitator = lazyComponent(() => import('./cards/CardsFacilitator'), 'CardsFacilitator', { loadingKey: 'activities.loading' });

/**
 * The contract between the live screens (run, projector, participant view) and the activities
 * of a part (cards, dot voting, competencies, Q&A, roadmap). Each live screen renders the panel for its
 * audience; the panels read and write the workshop document themselves.
 */
export type ActivityPanelProps = {
  doc: Y.Doc;
  part: AgendaPart;
  actor: Actor;
};

type Audience = 'facilitator' | 'participant' | 'projector';

/** Picks the panel for the part's activity and audience. Keyed by part, so moving to the next
 *  part never carries a half-typed card or a selection over. */
function ActivityPanel({ doc, part, actor, audience }: ActivityPanelProps & { audience: Audience }) {
  const { t } = useTranslation();
  const { config, run, sourcePart } = useActivity(doc, part);
  const common = { doc, partId: part.id, actor };
  let panel;
  switch (config.kind) {
    case 'cards':
      panel = audience === 'facilitator' ? <CardsFacilitator {...common} config={config} /> : audience === 'participant' ? <CardsParticipant {...common} config={config} /> : <CardsProjector {...common} config={config} />;
      break;
    case 'dots': {
      const props = { ...common, config, run, sourcePartId: sourcePart?.id };
      panel = audience === 'facilitator' ? <DotVoteFacilitator {...props} /> : audience === 'participant' ? <DotVoteParticipant {...props} /> : <DotVoteProjector {...props} />;
      break;
    }
    case 'competencies':
      panel = audience === 'participant' ? <CompetenciesParticipant {...common} config={config} run={run} /> : <CompetencyResults {...common} config={config} run={run} projector={audience === 'projector'} />;
      break;
    case 'qna':
      panel = audience === 'facilitator' ? <QnaFacilitator {...common} config={config} /> : audience === 'participant' ? <QnaParticipant {...common} config={config} /> : <QnaProjector {...common} config={config} />;
      break;
    case 'teams':
    case 'sprint':
    case 'submissions':
    case 'judging':
      panel = <HackathonPanel doc={doc} part={part} actor={actor} kind={config.kind} audience={audience} />;
      break;
    case 'insights':
      panel = audience === 'participant' ? <InsightsParticipant {...common} run={run} /> : <InsightsResults {...common} config={config} run={run} projector={audience === 'projector'} />;
      break;
    case 'commitments':
      panel = <CommitmentsPanel doc={doc} actor={actor} audience={audience} />;
      break;
    case 'roadmap': {
      // Facilitator and participants share one workspace; what each may do follows the actor's role.
      const props = { ...common, partTitle: part.title, config, run };
      panel = audience === 'projector' ? <RoadmapProjector {...props} /> : <RoadmapWorkspace {...props} />;
      break;
    }
    default:
      panel = audience === 'participant' ? <p className="muted">{t('activities.none')}</p> : null;
  }
  return (
    <div className={`activity-panel is-${audience}`} data-testid={`activity-${audience}`} data-activity={config.kind}>
      {panel}
    </div>
  );
}

/** The facilitator's view of the current part's activity: moderation and results. */
export function FacilitatorActivity(props: ActivityPanelProps) {
  return <ActivityPanel key={props.part.id} {...props} audience="facilitator" />;
}

/** What a participant does in the current part: add a card, place dots, rate, ask. */
export function ParticipantActivity(props: ActivityPanelProps) {
  return <ActivityPanel key={props.part.id} {...props} audience="participant" />;
}

/** What the room sees on the projector: cards as they arrive, results as a ranked chart. */
export function ProjectorActivity(props: ActivityPanelProps) {
  return <ActivityPanel key={props.part.id} {...props} audience="projector" />;
}
