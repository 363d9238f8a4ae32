import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { readSettings } from '@shared/hackathon/settings';
import { deadlineAt, readSubmissions, submit } from '@shared/hackathon/submissions';
import { teamOf } from '@shared/hackathon/teams';
import { readRun } from '@shared/run/state';
import { readWorkshop } from '@shared/workshop/doc';
import { RefusalMessage } from '../activities/RefusalMessage';
import { useDocValue } from '../activities/useDocValue';
import { clockOf } from '../run/runModel';
import { useNow } from '../run/useNow';
import { LocalAttachments } from './LocalAttachments';
import { TeamAttachments } from './TeamAttachments';
import { runRoots } from './useHackathon';
import { settingsRoot, submissionsRoot, teamsRoot } from '@shared/hackathon/schema';

/** The deadline now: the facilitator's fixed time, or the end of the pitches part's timer. */
function currentDeadline(doc: Y.Doc, now: number): number | undefined {
  const pitches = readWorkshop(doc).parts.find((part) => part.kind === 'pitches');
  const timer = pitches ? readRun(doc).timers.get(pitches.id) : undefined;
  return deadlineAt(readSettings(doc).deadlineAt, pitches ? { timer, minutes: pitches.minutes } : undefined, now);
}

/** The team's pitch: a short summary sent with a copy of the canvas. Late ones go in, flagged. */
export function SubmitForm({ doc, actor }: { doc: Y.Doc; actor: Actor }) {
  const { t } = useTranslation();
  const now = useNow(5000);
  const { deadline, mine, teamId, workshopId } = useDocValue(
    doc,
    [...runRoots, settingsRoot, submissionsRoot, teamsRoot],
    (current) => {
      const team = teamOf(current, actor.deviceId);
      return {
        deadline: currentDeadline(current, Date.now()),
        mine: readSubmissions(current).find((item) => item.teamId === team?.id),
        teamId: team?.id,
        // The shared id of the workshop, the same on every device, keys files kept locally before
        // attachments were shared.
        workshopId: readWorkshop(current).meta?.id,
      };
    },
    [actor.deviceId, Math.floor(now / 60_000)],
  );
  const [summary, setSummary] = useState(mine?.summary ?? '');
  const [refusal, setRefusal] = useState<Refusal>();

  function send(event: FormEvent) {
    event.preventDefault();
    const result = submit(doc, summary, actor, Date.now(), currentDeadline(doc, Date.now()));
    setRefusal(result.ok ? undefined : result.refusal);
  }

  return (
    <form className="hack-submit" onSubmit={send} noValidate data-testid="submit-form">
      <h4>{t('hackathon.submit.title')}</h4>
      <p className="muted">{deadline !== undefined ? t('hackathon.submit.deadline', { time: clockOf(deadline) }) : t('hackathon.submit.noDeadline')}</p>
      <label className="field">
        <span>{t('hackathon.submit.summary')}</span>
        <textarea rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </label>
      {teamId ? (
        <TeamAttachments doc={doc} teamId={teamId} actor={actor} canAdd>
          {workshopId ? <LocalAttachments doc={doc} workshopId={workshopId} teamId={teamId} actor={actor} /> : null}
        </TeamAttachments>
      ) : null}
      <RefusalMessage refusal={refusal} />
      {mine ? (
        <p className={mine.late ? 'notice notice-warning' : 'muted'} role="status" data-testid="submission-status">
          {mine.late
            ? t('hackathon.submit.late', { time: clockOf(mine.submittedAt), deadline: mine.deadlineAt === null ? '' : clockOf(mine.deadlineAt) })
            : t('hackathon.submit.done', { time: clockOf(mine.submittedAt) })}
        </p>
      ) : null}
      <button type="submit" className="button button-primary">
        {mine ? t('hackathon.submit.resend') : t('hackathon.submit.send')}
      </button>
    </form>
  );
}
