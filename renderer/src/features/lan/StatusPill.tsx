import { useTranslation } from 'react-i18next';
import { formatTimeOfDay } from '../../i18n/formats';
import type { ConnectionStatus } from '../../sync/connectionStatus';
import './lan.css';

/**
 * The connection state of a connected workshop, on every screen that shows one. It is a live
 * region, so a screen reader hears when the connection drops or returns, without being focused.
 */
export function StatusPill({ status }: { status: ConnectionStatus | undefined }) {
  const { t, i18n } = useTranslation();
  if (!status) return null;
  const text =
    status.state === 'connected'
      ? t('lan.status.connected')
      : status.state === 'reconnecting'
        ? t('lan.status.reconnecting')
        : status.state === 'offline'
          ? t('lan.status.offline', { time: formatTimeOfDay(status.since, i18n.language) })
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
