import { useTranslation } from 'react-i18next';
import type { ConnectionRow } from '../../persistence/connections';
import { JoinQr } from './JoinQr';

/** How participants join: the link(s), the QR code of the first, and the short code. */
export function JoinDetails({ row }: { row: ConnectionRow }) {
  const { t } = useTranslation();
  const links = row.joinLinks ?? [];
  const first = links[0];
  const address = first ? new URL(first).host : '';
  return (
    <div className="join-details" data-testid="join-details">
      {row.open === false ? (
        <p className="notice" role="status" data-testid="joins-closed">
          {t('lan.open.closed')}
        </p>
      ) : null}
      <h3>{t('lan.open.links')}</h3>
      <ul className="register-list">
        {links.map((link) => (
          <li key={link}>
            <a className="join-link" href={link} data-testid="join-link" target="_blank" rel="noreferrer noopener">
              {link}
            </a>
          </li>
        ))}
      </ul>
      {row.code ? (
        <>
          <h3>{t('lan.open.code')}</h3>
          <p className="join-code" data-testid="join-code">
            {row.code}
          </p>
          <p className="muted">{t('lan.open.codeHint', { address })}</p>
        </>
      ) : null}
      {first ? <JoinQr link={first} label={t('lan.open.qr')} /> : null}
    </div>
  );
}
