import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { HackathonSettings } from '@shared/hackathon/schema';
import { updateSettings } from '@shared/hackathon/settings';
import type { TeamView } from '@shared/hackathon/teams';
import { RefusalMessage } from '../activities/RefusalMessage';
import { JuryEditor } from './JuryEditor';
import { clockOf } from '../run/runModel';

type Props = { doc: Y.Doc; settings: HackathonSettings; teams: readonly TeamView[]; actor: Actor; readOnly: boolean };

/** Today's date at a clock time, as the deadline field takes "HH:MM". */
function todayAt(clock: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return undefined;
  const date = new Date();
  date.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return date.getTime();
}

/** Team size, the deadline, and the jury. */
export function SettingsEditor({ doc, settings, teams, actor, readOnly }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const [size, setSize] = useState(String(settings.maxTeamSize));

  const report = (result: { ok: boolean; refusal?: Refusal }) => setRefusal(result.ok ? undefined : result.refusal);

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
      <JuryEditor doc={doc} settings={settings} teams={teams} actor={actor} readOnly={readOnly} />
      <RefusalMessage refusal={refusal} />
    </section>
  );
}
