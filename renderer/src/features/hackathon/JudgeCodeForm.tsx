import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionRow } from '../../sync/connectionContext';
import { hubHttpOrigin } from '../../sync/hubAddress';
import { HubError, lookupCode } from '../../sync/hubApi';
import { joinAsJudge } from '../lan/joinWorkshop';

/**
 * For someone in the room who is a judge: they type the code the facilitator read out, the hub
 * gives this device the judge's identity, and the screen reconnects as that judge.
 */
export function JudgeCodeForm() {
  const { t } = useTranslation();
  const row = useConnectionRow();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!row || row.server !== 'hub') return null;
  const connection = row;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const found = await lookupCode(hubHttpOrigin(connection.wsUrl), code);
      if (!('identity' in found) || found.room !== connection.room) throw new HubError('notFound', 'not a judge code of this workshop');
      await joinAsJudge({ room: connection.room, wsUrl: connection.wsUrl, identity: found.identity });
    } catch (caught) {
      setError(caught instanceof HubError && caught.code === 'unreachable' ? t('hackathon.judge.unreachable') : caught instanceof HubError && caught.code === 'tooMany' ? t('lan.code.tooMany') : t('hackathon.judge.wrongCode'));
      setBusy(false);
    }
  }

  return (
    <form className="hack-row" onSubmit={(event) => void submit(event)}>
      <label className="field">
        <span>{t('hackathon.judge.codeLabel')}</span>
        <input value={code} autoComplete="off" autoCapitalize="characters" maxLength={12} className="join-code-input" onChange={(event) => setCode(event.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy || code.trim() === ''}>
        {t('hackathon.judge.becomeJudge')}
      </button>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
