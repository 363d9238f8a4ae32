import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import type { AgendaPart } from '@shared/workshop/schema';
import { JudgePanel } from './JudgePanel';
import { TeamsOverview } from './Overview';
import { ResultsPanel } from './ResultsPanel';
import { RevealProjector } from './RevealProjector';
import { TeamFormation } from './TeamFormation';
import { TeamSpace } from './TeamSpace';
import './hackathon.css';

export type HackathonKind = 'teams' | 'sprint' | 'submissions' | 'judging';
type Props = { doc: Y.Doc; part: AgendaPart; actor: Actor; kind: HackathonKind; audience: 'facilitator' | 'participant' | 'projector' };

/** The hackathon's activities for each live screen, picked like the other activities'. */
export function HackathonPanel({ doc, part, actor, kind, audience }: Props) {
  const { t } = useTranslation();
  if (audience === 'participant') {
    if (kind === 'teams') return <TeamFormation doc={doc} actor={actor} />;
    if (kind === 'judging') return <JudgePanel doc={doc} actor={actor} />;
    return <TeamSpace doc={doc} part={part} actor={actor} withSubmit={kind === 'submissions'} />;
  }
  if (audience === 'projector') return kind === 'judging' ? <RevealProjector doc={doc} /> : <TeamsOverview doc={doc} projector />;
  return kind === 'judging' ? <ResultsPanel doc={doc} actor={actor} title={t('hackathon.tab')} /> : <TeamsOverview doc={doc} actor={actor} />;
}
