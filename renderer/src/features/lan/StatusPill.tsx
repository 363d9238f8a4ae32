import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../sync/connectionStatus';
import './lan.css';

function clock(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The connection state of a connected workshop, on every screen that shows one. It is a live
 * region, so a screen reader hears when the connection drops or returns, without being focused.
 */
export function StatusPill({ status }: { status: ConnectionStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const text =
    status.state === 'connected'
      ? t('lan.status.connected')
      : status.state === 'reconnecting'
        ? t('lan.status.reconnecting')
        : status.state === 'offline'
          ? t('lan.status.offline', { time: clock(status.since) })
          : t('lan.status.connecting');
  return (
    <p
      className={`status-pill status-${status.state}`}
      role="status"
      aria-label={`${t('lan.status.label')}: ${text}`}
      data-testid="connection-status"
      data-state={status.state}
      title={status.state === 'offline' || status.state === 'reconnecting' ? t('lan.status.offlineHint') : undefined}
    >
      <span className="status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
