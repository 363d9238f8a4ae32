import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { deviceId, displayName } from '../../app/identity';
import { ChallengesEditor } from './ChallengesEditor';
import { ResultsPanel } from './ResultsPanel';
import { RubricEditor } from './RubricEditor';
import { SettingsEditor } from './SettingsEditor';
import { useHackathon } from './useHackathon';
import './hackathon.css';

type Props = { doc: Y.Doc; title: string; readOnly: boolean };

/** The facilitator's set-up for a hackathon: challenges, rubric, teams and jury, then results. */
export function HackathonTab({ doc, title, readOnly }: Props) {
  const { t } = useTranslation();
  const data = useHackathon(doc);
  const actor = { deviceId: deviceId(), name: displayName(), role: 'facilitator' as const };
  return (
    <div className="hackathon-setup" data-testid="hackathon-tab">
      <p className="muted">{t('hackathon.setupIntro')}</p>
      <ChallengesEditor doc={doc} challenges={data.challenges} actor={actor} readOnly={readOnly} />
      {/* The document is loaded before this tab draws, so the draft starts from the stored rubric. */}
      <RubricEditor doc={doc} rubric={data.rubric} actor={actor} readOnly={readOnly} />
      <SettingsEditor key={data.settings.maxTeamSize} doc={doc} settings={data.settings} teams={data.teams} actor={actor} readOnly={readOnly} />
      <ResultsPanel doc={doc} actor={actor} title={title} readOnly={readOnly} />
    </div>
  );
}
