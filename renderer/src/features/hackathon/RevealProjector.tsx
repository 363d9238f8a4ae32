import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { revealOrder } from '@shared/hackathon/results';
import { useHackathon, useScores } from './useHackathon';

const wall = { deviceId: 'projector', role: 'facilitator' as const };

/**
 * The ceremony on the wall: places appear one step at a time, last place first, tied teams
 * together, until the winner. Nothing shows before the facilitator steps it.
 */
export function RevealProjector({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const { teams, settings } = useHackathon(doc);
  const { results } = useScores(doc, wall);
  const names = new Map(teams.map((team) => [team.id, team.name]));
  if (!results) return <p className="hack-big" data-testid="reveal-waiting">{t('hackathon.projector.judging')}</p>;
  const groups = revealOrder(results);
  const shown = groups.slice(0, settings.revealStep);
  return (
    <div className="hack-reveal" data-testid="reveal">
      {shown.length < groups.length ? <p className="hack-big muted">{t('hackathon.projector.waiting')}</p> : null}
      <ol className="hack-podium">
        {[...shown].reverse().map((group) => (
          <li key={group[0]?.rank} className={group[0]?.rank === 1 ? 'hack-place is-first' : 'hack-place'} data-testid="revealed-place">
            <span className="hack-place-rank">{t('hackathon.projector.place', { rank: group[0]?.rank })}</span>
            <span className="hack-place-teams">
              {group.map((row) => names.get(row.submissionId) ?? row.submissionId).join(' · ')}
              {group.length > 1 ? <span className="badge">{t('hackathon.results.tie')}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
