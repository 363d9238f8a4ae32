import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveConnection } from '../../persistence/connections';

/**
 * Sync through any y-websocket-compatible server instead of a Baraza hub: the URL, room and key
 * are given as they are; there is no WebRTC mesh (its signaling is a hub endpoint) and no join
 * link, since such a server does not serve the app.
 */
export function OtherServerForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('ws://');
  const [room, setRoom] = useState(workshopId);
  const [key, setKey] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveConnection({ workshopId, server: 'other', wsUrl: url.trim(), room: room.trim(), key: key.trim(), role: 'facilitator' });
  }

  return (
    <form onSubmit={submit} data-testid="other-server">
      <p className="muted">{t('lan.other.intro')}</p>
      <label>
        {t('lan.other.url')}
        <input type="url" required pattern="wss?://.+" value={url} onChange={(event) => setUrl(event.target.value)} />
      </label>
      <label>
        {t('lan.other.room')}
        <input type="text" required value={room} onChange={(event) => setRoom(event.target.value)} />
      </label>
      <label>
        {t('lan.other.key')}
        <input type="text" value={key} onChange={(event) => setKey(event.target.value)} />
      </label>
      <button type="submit" className="button">
        {t('lan.other.submit')}
      </button>
    </form>
  );
}
