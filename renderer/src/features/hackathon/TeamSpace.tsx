import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { tickDeliverable } from '@shared/hackathon/canvas';
import { canvasFields, deliverables } from '@shared/hackathon/schema';
import { readRun } from '@shared/run/state';
import { timerView } from '@shared/run/timer';
import type { AgendaPart } from '@shared/workshop/schema';
import { useDocValue } from '../activities/useDocValue';
import { Countdown } from '../run/Countdown';
import { useNow } from '../run/useNow';
import { CanvasField as CanvasFieldFor } from './CanvasField';
import { ChallengeStatement } from './ChallengeStatement';
import { SubmitForm } from './SubmitForm';
import { runRoots, useHackathon } from './useHackathon';

type Props = { doc: Y.Doc; part: AgendaPart; actor: Actor; withSubmit: boolean };

/** The sprint clock: the current part's own timer, as the run screen keeps it. */
function SprintTimer({ doc, part }: { doc: Y.Doc; part: AgendaPart }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const timer = useDocValue(doc, runRoots, (current) => readRun(current).timers.get(part.id), [part.id]);
  return (
    <div className="hack-timer" aria-label={t('hackathon.space.timeLeft')}>
      <Countdown timer={timerView(timer, part.minutes, now)} plannedMinutes={part.minutes} />
    </div>
  );
}

/** A team's working space: the co-edited canvas, the deliverables and the sprint timer. */
export function TeamSpace({ doc, part, actor, withSubmit }: Props) {
  const { t } = useTranslation();
  const { teams, challenges } = useHackathon(doc);
  const team = teams.find((item) => actor.deviceId in item.members);
  if (!team) return <p className="notice" data-testid="no-team">{t('hackathon.space.noTeam')}</p>;
  const challenge = challenges.find((item) => item.id === team.challengeId);
  return (
    <div className="hack-space" data-testid="team-space">
      <div className="hack-space-head">
        <h3>{t('hackathon.space.title', { team: team.name })}</h3>
        <SprintTimer doc={doc} part={part} />
      </div>
      {challenge ? <ChallengeStatement challenge={challenge} /> : null}
      {withSubmit ? <SubmitForm doc={doc} actor={actor} /> : null}
      <section aria-label={t('hackathon.space.canvas')} className="hack-canvas">
        {canvasFields.map((field) => (
          <CanvasFieldFor key={field} doc={doc} teamId={team.id} field={field} value={team.canvas?.[field] ?? ''} actor={actor} />
        ))}
      </section>
      <fieldset className="hack-checklist">
        <legend>{t('hackathon.space.checklist')}</legend>
        {deliverables.map((item) => (
          <label key={item} className="check">
            <input type="checkbox" checked={team.checklist?.[item] === true} onChange={(event) => tickDeliverable(doc, team.id, item, event.target.checked, actor)} />
            <span>{t(`hackathon.deliverables.${item}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
