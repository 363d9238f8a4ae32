import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { HackathonSettings } from '@shared/hackathon/schema';
import { addJudge, removeJudge } from '@shared/hackathon/settings';
import type { TeamView } from '@shared/hackathon/teams';
import { useConnectionRow } from '../../sync/connectionContext';
import { dropJudge, listPeople, nameJudge, type FacilitatorKey } from '../../sync/hubApi';
import { RefusalMessage } from '../activities/RefusalMessage';

type Props = { doc: Y.Doc; settings: HackathonSettings; teams: readonly TeamView[]; actor: Actor; readOnly: boolean };

/**
 * The jury. Naming a judge asks the hub for a code (eight characters, no look-alikes) that the
 * facilitator reads out; the judge types it on their own device and writes score sheets as that
 * judge, which only they can. A judge who sits in a team is flagged: the hub refuses their marks
 * for it.
 */
export function JuryEditor({ doc, settings, teams, actor, readOnly }: Props) {
  const { t } = useTranslation();
  const row = useConnectionRow();
  const hub: FacilitatorKey | undefined = row?.role === 'facilitator' && row.server === 'hub' ? { wsUrl: row.wsUrl, room: row.room, key: row.key } : undefined;
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [refusal, setRefusal] = useState<Refusal>();
  const hubKey = hub ? `${hub.wsUrl} ${hub.room} ${hub.key}` : '';

  useEffect(() => {
    if (!hub) return;
    let cancelled = false;
    listPeople(hub).then(
      ({ judges }) => !cancelled && setCodes(Object.fromEntries(judges.map((judge) => [judge.id, judge.code]))),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // The key string stands for the target; the object is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hubKey]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!hub || name.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      const judge = await nameJudge(hub, name.trim());
      const added = addJudge(doc, { deviceId: judge.id, name: judge.name }, actor);
      setRefusal(added.ok ? undefined : added.refusal);
      if (added.ok) {
        setCodes((known) => ({ ...known, [judge.id]: judge.code }));
        setName('');
      }
    } catch {
      setError(t('hackathon.settings.hubFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function remove(judgeId: string) {
    if (hub) await dropJudge(hub, judgeId).catch(() => undefined);
    const removed = removeJudge(doc, judgeId, actor);
    setRefusal(removed.ok ? undefined : removed.refusal);
  }

  const teamOf = (judgeName: string) => teams.find((team) => Object.values(team.members).some((member) => member.name.trim().toLowerCase() === judgeName.trim().toLowerCase()));
  return (
    <>
      <h3>{t('hackathon.settings.judges')}</h3>
      {settings.judges.length === 0 ? <p className="muted">{t('hackathon.settings.noJudges')}</p> : null}
      <ul className="hack-list" data-testid="judge-list">
        {settings.judges.map((judge) => {
          const team = judge.name ? teamOf(judge.name) : undefined;
          return (
            <li key={judge.deviceId} className="hack-inline">
              <span>
                {codes[judge.deviceId] ? (
                  <>
                    {t('hackathon.settings.judgeCodeShown', { name: judge.name })}{' '}
                    <code className="hack-code" data-testid="judge-code">
                      {codes[judge.deviceId]}
                    </code>
                  </>
                ) : (
                  judge.name
                )}
                {team ? (
                  <span className="notice" role="note">
                    {t('hackathon.settings.judgeInTeam', { name: judge.name, team: team.name })}
                  </span>
                ) : null}
              </span>
              {!readOnly ? (
                <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove(judge.deviceId)}>
                  {t('hackathon.settings.removeJudge', { name: judge.name || judge.deviceId })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {readOnly ? null : hub ? (
        <form className="hack-row" onSubmit={(event) => void add(event)} noValidate>
          <label className="field">
            <span>{t('hackathon.settings.judgeName')}</span>
            <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={busy || name.trim() === ''}>
            {busy ? t('hackathon.settings.adding') : t('hackathon.settings.addJudge')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('hackathon.settings.needsHub')}</p>
      )}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <RefusalMessage refusal={refusal} />
    </>
  );
}
