import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readParticipants } from '@shared/attendance/register';
import { participantsRoot } from '@shared/attendance/schema';
import { liveInterest, setCoalitionInterest } from '@shared/coalition/interest';
import { coalitionRoot } from '@shared/coalition/schema';
import { consentTextShown, readCoalitionSettings } from '@shared/coalition/settings';
import { useDocValue } from '../activities/useDocValue';
import './coalition.css';

type CoalitionInterestProps = { doc: Y.Doc; participantId: string };
type Status = { kind: 'saved' | 'withdrawn' | 'nothing' } | { kind: 'refused'; code: string };

/**
 * A participant's answer to the organiser's coalition question, on their own register entry.
 * The consent text stands right above the boxes, and what is saved records exactly those words
 * (their hash), so what a person agreed to is what they read. Unticking everything withdraws.
 * Shown while the organiser asks, and afterwards to anyone still listed, so they can withdraw.
 */
export function CoalitionInterest({ doc, participantId }: CoalitionInterestProps) {
  const { t, i18n } = useTranslation();
  const { settings, interest } = useDocValue(
    doc,
    [coalitionRoot, participantsRoot],
    (current) => {
      const me = readParticipants(current).participants.find((person) => person.id === participantId);
      return { settings: readCoalitionSettings(current), interest: me ? liveInterest(me) : undefined };
    },
    [participantId],
  );
  const [join, setJoin] = useState(false);
  const [groups, setGroups] = useState<readonly string[]>([]);
  const [status, setStatus] = useState<Status>();
  // Only a change to this person's own answer resets the boxes, not someone else joining.
  const stored = JSON.stringify(interest ?? null);
  useEffect(() => {
    setJoin(interest?.joinCoalition ?? false);
    setGroups(interest?.workingGroups ?? []);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `stored` stands for `interest`.
  }, [stored]);

  if (!settings.open && !interest) return null;
  const consentText = consentTextShown(settings, t('coalition.defaultConsent'));

  function save(event: FormEvent) {
    event.preventDefault();
    const shown = { text: consentText, version: settings.version, language: i18n.resolvedLanguage ?? i18n.language };
    const result = setCoalitionInterest(doc, participantId, { joinCoalition: join, workingGroups: groups }, shown, Date.now());
    if (!result.ok) setStatus({ kind: 'refused', code: result.refusal.code });
    else if (result.value?.state === 'interested') setStatus({ kind: 'saved' });
    else setStatus({ kind: result.value ? 'withdrawn' : 'nothing' });
  }

  const toggle = (id: string, on: boolean) => setGroups((current) => (on ? [...current, id] : current.filter((kept) => kept !== id)));

  return (
    <form className="coalition-interest" data-testid="coalition-interest" onSubmit={save} aria-labelledby="coalition-interest-title">
      <h2 id="coalition-interest-title">{t('coalition.participant.heading')}</h2>
      <p>{t('coalition.participant.intro')}</p>
      <h3>{t('coalition.participant.consentHeading')}</h3>
      <p className="consent-text" dir="auto" data-testid="consent-text">
        {consentText}
      </p>
      <label className="coalition-check">
        <input type="checkbox" checked={join} onChange={(event) => setJoin(event.target.checked)} />
        {t('coalition.participant.join')}
      </label>
      {settings.workingGroups.length > 0 ? (
        <fieldset className="coalition-groups">
          <legend>{t('coalition.participant.groups')}</legend>
          {settings.workingGroups.map((group) => (
            <label key={group.id} className="coalition-check">
              <input type="checkbox" checked={groups.includes(group.id)} onChange={(event) => toggle(group.id, event.target.checked)} />
              <span dir="auto">{group.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="muted">{t('coalition.participant.withdrawHint')}</p>
      <button type="submit" className="button">
        {t('coalition.participant.save')}
      </button>
      {status ? (
        <p role="status" className={status.kind === 'refused' ? 'notice notice-error' : 'muted'}>
          {status.kind === 'refused' ? t(`coalition.refusal.${status.code.replace('coalition.', '')}`) : t(`coalition.participant.${status.kind}`)}
        </p>
      ) : null}
    </form>
  );
}
