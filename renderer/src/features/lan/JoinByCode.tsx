import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveredHub } from '@shared/ipc/contract';
import { navigate } from '../../app/router';
import { desktopApi } from '../../platform/baraza';
import { hubWsUrl } from '../../sync/hubAddress';
import { HubError, lookupCode } from '../../sync/hubApi';
import { joinAsJudge } from './joinWorkshop';
import './lan.css';

type JoinByCodeProps = { onClose: () => void };

function httpOrigin(address: string): string {
  const trimmed = address.trim().replace(/\/+$/, '');
  return /^https?:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
}

/**
 * "Join a workshop" by typing the hub's address and the short code shown by the facilitator.
 * The hub exchanges the code for the room and its secret; the join screen takes it from there.
 * On the desktop, hubs announcing themselves on the LAN are offered as ready-made addresses.
 */
export function JoinByCode({ onClose }: JoinByCodeProps) {
  const { t } = useTranslation();
  const servedByHub = window.location.protocol === 'http:' || window.location.protocol === 'https:';
  const [address, setAddress] = useState(servedByHub ? window.location.host : '');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<DiscoveredHub[]>([]);

  useEffect(() => {
    const api = desktopApi();
    if (!api) return;
    let cancelled = false;
    void api.hubDiscover().then(
      (hubs) => !cancelled && setFound(hubs),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const origin = httpOrigin(address);
      const found = await lookupCode(origin, code);
      const host = new URL(origin).host;
      if ('identity' in found) {
        // A judge's code: the hub issued this device the judge's identity.
        await joinAsJudge({ room: found.room, wsUrl: hubWsUrl(host), identity: found.identity });
        navigate({ name: 'participate', id: found.room });
        return;
      }
      navigate({ name: 'join', room: found.room, secret: found.secret, ...(host === window.location.host ? {} : { hub: host }) });
    } catch (caught) {
      const reason = caught instanceof HubError ? caught.code : 'unreachable';
      setError(reason === 'notFound' || reason === 'refused' ? t('lan.code.notFound') : reason === 'tooMany' ? t('lan.code.tooMany') : t('lan.code.unreachable'));
      setBusy(false);
    }
  }

  return (
    <section className="lan-panel" aria-labelledby="join-code-title" data-testid="join-by-code">
      <h2 id="join-code-title">{t('lan.code.title')}</h2>
      {found.length > 0 ? (
        <div>
          <h3>{t('lan.code.found')}</h3>
          <ul className="register-list">
            {found.map((hub) => (
              <li key={hub.name}>
                <button type="button" className="button button-quiet" onClick={() => setAddress(`${hub.addresses[0] ?? hub.host}:${hub.port}`)}>
                  {hub.name} ({hub.addresses[0] ?? hub.host}:{hub.port})
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t('lan.code.hub')}
          <input type="text" required value={address} onChange={(event) => setAddress(event.target.value)} />
        </label>
        <label>
          {t('lan.code.code')}
          <input type="text" required autoCapitalize="characters" autoComplete="off" maxLength={12} className="join-code-input" value={code} onChange={(event) => setCode(event.target.value)} />
        </label>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="lan-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('lan.code.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('lan.code.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
