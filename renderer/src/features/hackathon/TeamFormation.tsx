import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { teamBalance } from '@shared/hackathon/balance';
import { createTeam, joinTeam, leaveTeam, pickChallenge } from '@shared/hackathon/teams';
import { displayName, setDisplayName } from '../../app/identity';
import { RefusalMessage } from '../activities/RefusalMessage';
import { BalanceHints } from './BalanceHints';
import { ChallengeStatement } from './ChallengeStatement';
import { useHackathon } from './useHackathon';

type Props = { doc: Y.Doc; actor: Actor };

/** A participant forms a team or joins one, and the team picks its challenge. */
export function TeamFormation({ doc, actor }: Props) {
  const { t } = useTranslation();
  const { teams, challenges, settings, register } = useHackathon(doc);
  const [name, setName] = useState(displayName());
  const [teamName, setTeamName] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();
  const me = { ...actor, name: name.trim() || actor.name };
  const mine = teams.find((team) => actor.deviceId in team.members);
  const chosen = challenges.find((challenge) => challenge.id === mine?.challengeId);
  const report = (result: { ok: boolean; refusal?: Refusal }) => setRefusal(result.ok ? undefined : result.refusal);

  function form(event: FormEvent) {
    event.preventDefault();
    setDisplayName(name);
    const result = createTeam(doc, { name: teamName }, me, Date.now());
    report(result);
    if (result.ok) setTeamName('');
  }

  return (
    <div className="hack-teams" data-testid="team-formation">
      <label className="field">
        <span>{t('hackathon.teams.yourName')}</span>
        <input value={name} autoComplete="name" onChange={(event) => setName(event.target.value)} onBlur={() => setDisplayName(name)} />
      </label>
      {mine ? (
        <div className="hack-card" data-testid="my-team">
          <h3>{t('hackathon.teams.yours', { team: mine.name })}</h3>
          <label className="field">
            <span>{t('hackathon.teams.challenge')}</span>
            <select value={mine.challengeId} onChange={(event) => report(pickChallenge(doc, mine.id, event.target.value, actor, challenges.map((item) => item.id)))}>
              <option value="">{t('hackathon.teams.noChallenge')}</option>
              {challenges.map((challenge) => (
                <option key={challenge.id} value={challenge.id}>
                  {challenge.title}
                </option>
              ))}
            </select>
          </label>
          {chosen ? <ChallengeStatement challenge={chosen} open /> : null}
          <button type="button" className="button button-small" onClick={() => report(leaveTeam(doc, actor))}>
            {t('hackathon.teams.leave')}
          </button>
        </div>
      ) : null}
      <RefusalMessage refusal={refusal} />
      <h3>{t('hackathon.teams.title')}</h3>
      {teams.length === 0 ? <p className="muted">{t('hackathon.teams.none')}</p> : null}
      <ul className="hack-list">
        {teams.map((team) => (
          <li key={team.id} className="hack-card" data-testid="team-card">
            <h4>{team.name}</h4>
            <p>
              {t('hackathon.teams.members', { count: team.size, limit: settings.maxTeamSize })}
              {team.size >= settings.maxTeamSize ? <span className="badge badge-warning">{team.over ? t('hackathon.teams.over') : t('hackathon.teams.full')}</span> : null}
            </p>
            <p className="muted">{Object.values(team.members).map((member) => member.name).filter(Boolean).join(', ')}</p>
            <BalanceHints balance={teamBalance(team.members, register)} />
            {team.id !== mine?.id ? (
              <button type="button" className="button button-small" onClick={() => report(joinTeam(doc, team.id, me, Date.now()))}>
                {t('hackathon.teams.join', { team: team.name })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="hack-row" onSubmit={form} noValidate>
        <label className="field field-grow">
          <span>{t('hackathon.teams.teamName')}</span>
          <input value={teamName} onChange={(event) => setTeamName(event.target.value)} />
        </label>
        <button type="submit" className="button button-primary">
          {t('hackathon.teams.create')}
        </button>
      </form>
    </div>
  );
}
