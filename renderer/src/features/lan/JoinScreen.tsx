import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival';
import type { Gender, StakeholderGroup } from '@shared/attendance/schema';
import { displayName } from '../../app/identity';
import { navigate } from '../../app/router';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { hubWsUrl } from '../../sync/hubAddress';
import { checkJoinSecret } from '../../sync/hubApi';
import { joinWorkshop } from './joinWorkshop';
import { GenderSelect, GroupSelect } from './RegisterSelects';
import './lan.css';

const unreachableRetryMs = 3000;

type JoinScreenProps = { room: string; secret: string; hub?: string | undefined };

/**
 * Where a join link (or the QR code) lands: checks that the hub admits the link, asks for a
 * name and, only with consent, the details the attendance register keeps, then joins.
 */
export function JoinScreen({ room, secret, hub }: JoinScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  const wsUrl = hubWsUrl(hub);
  const [probe, setProbe] = useState<Awaited<ReturnType<typeof checkJoinSecret>> | 'checking'>('checking');
  const [name, setName] = useState(displayName());
  const [consent, setConsent] = useState(false);
  const [organisation, setOrganisation] = useState('');
  const [group, setGroup] = useState<StakeholderGroup | ''>('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const ids = useId();

  // The participant view comes next: its code downloads while the person types their name.
  useEffect(() => {
    import('../run/LiveScreen').catch(() => undefined);
  }, []);

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    // A retry while the hub is away keeps the notice as it is, so a screen reader does not hear
    // it again every few seconds.
    setProbe((previous) => (previous === 'unreachable' ? previous : 'checking'));
    void checkJoinSecret(wsUrl, room, secret).then((result) => {
      if (!cancelled) setProbe(result);
    });
    return () => {
      cancelled = true;
    };
  }, [wsUrl, room, secret, attempt]);
  // A hub that is asleep or restarting comes back by itself: keep asking, so the phone in a
  // participant's hand finds it without anyone pressing a button. A refused link is final.
  useEffect(() => {
    if (probe !== 'unreachable') return;
    const retry = window.setTimeout(() => setAttempt((count) => count + 1), unreachableRetryMs);
    return () => window.clearTimeout(retry);
  }, [probe]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '' || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const details = consent ? { name, organisation, group: group || undefined, gender: gender || undefined } : { name };
      await joinWorkshop({ room, secret, wsUrl, details });
      navigate({ name: 'participate', id: room });
    } catch (caught) {
      setError(t('lan.join.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="join-page" data-testid="join-screen">
      <div className="join-top">
        <h1 ref={heading} tabIndex={-1}>
          {t('lan.join.title')}
        </h1>
        <LanguageMenu />
      </div>
      {probe === 'checking' ? <p className="muted">{t('lan.join.checking')}</p> : null}
      {probe === 'refused' || probe === 'unreachable' ? (
        <div className="notice notice-error" role="alert" data-testid="join-refused">
          <p>{probe === 'refused' ? t('lan.join.invalid') : t('lan.join.unreachable')}</p>
          <button type="button" className="button" onClick={() => setAttempt((count) => count + 1)}>
            {t('lan.join.tryAgain')}
          </button>
        </div>
      ) : null}
      {probe === 'admitted' ? (
        <form className="join-form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('lan.join.name')}
            <input type="text" required autoComplete="name" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
            <span>{t('lan.join.consent')}</span>
          </label>
          {consent ? (
            <>
              <label>
                {t('lan.join.organisation')}
                <input type="text" autoComplete="organization" maxLength={200} value={organisation} onChange={(event) => setOrganisation(event.target.value)} />
              </label>
              <label htmlFor={`${ids}-group`}>{t('lan.join.group')}</label>
              <GroupSelect id={`${ids}-group`} value={group} onChange={setGroup} />
              <label htmlFor={`${ids}-gender`}>{t('lan.join.gender')}</label>
              <GenderSelect id={`${ids}-gender`} value={gender} onChange={setGender} />
            </>
          ) : null}
          {error ? (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy || name.trim() === ''}>
            {busy ? t('lan.join.joining') : t('lan.join.submit')}
          </button>
        </form>
      ) : null}
    </main>
  );
}
