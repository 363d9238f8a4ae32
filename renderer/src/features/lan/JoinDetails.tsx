import { useTranslation } from 'react-i18next';
import type { ConnectionRow } from '../../persistence/connections';
import { isDesktop } from '../../platform/baraza';
import { chooseJoinLink, setProjectorJoinHidden } from './hubAccess';
import { JoinQr } from './JoinQr';

/**
 * How participants join: the link(s), the QR code and short code of the chosen one, and a choice
 * of address when the laptop has several networks. Only addresses phones can reach are ever here
 * (see joinLinks.ts); with none, the facilitator is told why rather than shown a code that fails.
 */
export function JoinDetails({ row }: { row: ConnectionRow }) {
  const { t } = useTranslation();
  const links = row.joinLinks ?? [];
  const first = links[0];
  const address = first ? new URL(first).host : '';
  if (row.open === false) {
    // Nothing to scan or type while closed: the old QR code and code would only be refused.
    return (
      <div className="join-details" data-testid="join-details">
        <p className="notice" role="status" data-testid="joins-closed">
          {t('lan.open.closed')}
        </p>
      </div>
    );
  }
  if (!first) {
    return (
      <div className="join-details" data-testid="join-details">
        <p className="notice notice-error" role="alert" data-testid="no-join-address">
          {isDesktop() ? t('lan.open.noAddressDesktop') : t('lan.open.noAddressHub')}
        </p>
      </div>
    );
  }
  const labelFor = (link: string) => {
    const host = new URL(link).hostname;
    const name = row.joinInterfaces?.[host];
    return name ? t('lan.open.addressOn', { address: new URL(link).host, network: name }) : new URL(link).host;
  };
  return (
    <div className="join-details" data-testid="join-details">
      {links.length > 1 ? (
        <fieldset className="join-address-choice" data-testid="join-address-choice">
          <legend>{t('lan.open.chooseAddress')}</legend>
          <p className="muted">{t('lan.open.chooseAddressHint')}</p>
          {links.map((link) => (
            <label key={link} className="checkbox">
              <input type="radio" name={`join-address-${row.workshopId}`} checked={link === first} onChange={() => void chooseJoinLink(row, link)} />
              <span>{labelFor(link)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <h3>{t('lan.open.links')}</h3>
      <p>
        <a className="join-link" href={first} data-testid="join-link" target="_blank" rel="noreferrer noopener">
          {first}
        </a>
      </p>
      {/* One address: its network (with the Wi-Fi name the desktop app found) still says which network phones join. */}
      {links.length === 1 && row.joinInterfaces?.[new URL(first).hostname] ? (
        <p className="muted" data-testid="join-network">
          {labelFor(first)}
        </p>
      ) : null}
      {row.code ? (
        <>
          <h3>{t('lan.open.code')}</h3>
          <p className="join-code" data-testid="join-code">
            {row.code}
          </p>
          <p className="muted" data-testid="join-code-hint">
            {t('lan.open.codeHint', { address })}
          </p>
        </>
      ) : null}
      <JoinQr link={first} label={t('lan.open.qr')} />
      <p className="muted" data-testid="join-test-hint">
        {t('lan.open.testHint')}
      </p>
      <button type="button" className="button button-small" aria-pressed={row.projectorJoinHidden === true} onClick={() => void setProjectorJoinHidden(row, !row.projectorJoinHidden)}>
        {row.projectorJoinHidden ? t('lan.open.projectorShow') : t('lan.open.projectorHide')}
      </button>
    </div>
  );
}
