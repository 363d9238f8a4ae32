import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { HackathonSettings } from '@shared/hackathon/schema';
import { addJudge, removeJudge, updateSettings } from '@shared/hackathon/settings';
import { RefusalMessage } from '../activities/RefusalMessage';
import { clockOf } from '../run/runModel';

type Props = { doc: Y.Doc; settings: HackathonSettings; actor: Actor; readOnly: boolean };

/** Today's date at a clock time, as the deadline field takes "HH:MM". */
function todayAt(clock: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return undefined;
  const date = new Date();
  date.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return date.getTime();
}

/** Team size, the deadline, and the jury (named by the code each judge's screen shows). */
export function SettingsEditor({ doc, settings, actor, readOnly }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const [judge, setJudge] = useState({ deviceId: '', name: '' });
  const [size, setSize] = useState(String(settings.maxTeamSize));

  const report = (result: { ok: boolean; refusal?: Refusal }) => setRefusal(result.ok ? undefined : result.refusal);
  function add(event: FormEvent) {
    event.preventDefault();
    const result = addJudge(doc, judge, actor);
    report(result);
    if (result.ok) setJudge({ deviceId: '', name: '' });
  }

  return (
    <section className="hack-section" aria-labelledby="hack-settings">
      <h2 id="hack-settings">{t('hackathon.settings.title')}</h2>
      <div className="hack-row">
        <label className="field">
          <span>{t('hackathon.settings.teamSize')}</span>
          <input
            className="hack-number"
            inputMode="numeric"
            value={size}
            disabled={readOnly}
            onChange={(event) => setSize(event.target.value)}
            onBlur={() => report(updateSettings(doc, { maxTeamSize: Number(size) }, actor))}
          />
        </label>
        <label className="field">
          <span>{t('hackathon.settings.deadline')}</span>
          <input
            type="time"
            value={settings.deadlineAt === null ? '' : clockOf(settings.deadlineAt)}
            disabled={readOnly}
            onChange={(event) => report(updateSettings(doc, { deadlineAt: todayAt(event.target.value) ?? null }, actor))}
          />
          <span className="field-hint">{t('hackathon.settings.deadlineHint')}</span>
        </label>
      </div>
      <h3>{t('hackathon.settings.judges')}</h3>
      {settings.judges.length === 0 ? <p className="muted">{t('hackathon.settings.noJudges')}</p> : null}
      <ul className="hack-list" data-testid="judge-list">
        {settings.judges.map((item) => (
          <li key={item.deviceId} className="hack-inline">
            <span>
              {item.name || item.deviceId} <code>{item.deviceId}</code>
            </span>
            {!readOnly ? (
              <button type="button" className="button button-small button-danger-quiet" onClick={() => report(removeJudge(doc, item.deviceId, actor))}>
                {t('hackathon.settings.removeJudge', { name: item.name || item.deviceId })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <form className="hack-row" onSubmit={add} noValidate>
          <label className="field">
            <span>{t('hackathon.settings.judgeName')}</span>
            <input value={judge.name} onChange={(event) => setJudge({ ...judge, name: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('hackathon.settings.judgeCode')}</span>
            <input value={judge.deviceId} onChange={(event) => setJudge({ ...judge, deviceId: event.target.value })} />
          </label>
          <button type="submit" className="button">
            {t('hackathon.settings.addJudge')}
          </button>
        </form>
      ) : null}
      <RefusalMessage refusal={refusal} />
    </section>
  );
}
