import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { teamBalance } from '@shared/hackathon/balance';
import { deliverables } from '@shared/hackathon/schema';
import { BalanceHints } from './BalanceHints';
import { TeamAttachments } from './TeamAttachments';
import { useHackathon } from './useHackathon';

/** Every team at a glance: size, mix, deliverables done, and whether it has submitted. Used by
 *  the facilitator (with the mix hints and the team's files, given `actor`) and by the projector
 *  (without). */
export function TeamsOverview({ doc, projector = false, actor }: { doc: Y.Doc; projector?: boolean; actor?: Actor }) {
  const { t } = useTranslation();
  const { teams, challenges, submissions, settings, register } = useHackathon(doc);
  const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
  const sent = new Map(submissions.map((submission) => [submission.teamId, submission]));
  return (
    <div className="hack-overview" data-testid="teams-overview">
      <p className="hack-big">
        {t('hackathon.projector.teams', { count: teams.length })} · {t('hackathon.projector.submitted', { count: submissions.length, total: teams.length })}
      </p>
      <ul className="hack-grid">
        {teams.map((team) => {
          const done = deliverables.filter((item) => team.checklist?.[item]).length;
          const submission = sent.get(team.id);
          return (
            <li key={team.id} className="hack-card" data-testid="overview-team">
              <h4>{team.name}</h4>
              <p className="muted">{titles.get(team.challengeId) ?? t('hackathon.teams.noChallenge')}</p>
              <p>
                {t('hackathon.teams.members', { count: team.size, limit: settings.maxTeamSize })} · {done}/{deliverables.length} {t('hackathon.space.checklist').toLowerCase()}
              </p>
              <p>
                {submission ? (
                  <span className={submission.late ? 'badge badge-warning' : 'badge'}>{submission.late ? t('hackathon.submissions.late') : t('hackathon.submissions.onTime')}</span>
                ) : (
                  <span className="badge">{t('hackathon.submissions.notSubmitted')}</span>
                )}
              </p>
              {!projector ? <BalanceHints balance={teamBalance(team.members, register)} /> : null}
              {!projector && actor ? <TeamAttachments doc={doc} teamId={team.id} actor={actor} canAdd={false} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
