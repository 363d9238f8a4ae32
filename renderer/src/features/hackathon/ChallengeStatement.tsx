import { useTranslation } from 'react-i18next';
import type { Challenge } from '@shared/hackathon/schema';
import { challengeFields } from '@shared/hackathon/schema';

type ChallengeStatementProps = { challenge: Challenge; open?: boolean };

/**
 * A challenge statement in full, as its organisers wrote it: what a team works from all day, so
 * it is on every member's device and not only on the projector during the challenges part.
 * Folded under its title where the team's canvas needs the room.
 */
export function ChallengeStatement({ challenge, open = false }: ChallengeStatementProps) {
  const { t } = useTranslation();
  const filled = challengeFields.filter((field) => field !== 'owner' && challenge[field].trim() !== '');
  return (
    <details className="challenge-statement" open={open} data-testid="challenge-statement">
      <summary dir="auto">{challenge.title}</summary>
      {challenge.owner ? <p className="muted">{t('hackathon.challenges.ownedBy', { owner: challenge.owner })}</p> : null}
      {filled.length > 0 ? (
        <dl>
          {filled.map((field) => (
            <div key={field}>
              <dt>{t(`hackathon.challenges.fields.${field}`)}</dt>
              <dd dir="auto">{challenge[field]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </details>
  );
}
