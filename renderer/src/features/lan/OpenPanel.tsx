import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { AgendaPart } from '@shared/workshop/schema';
import type { ConnectionRow } from '../../persistence/connections';
import { forgetConnection } from '../../persistence/connections';
import { isDesktop } from '../../platform/baraza';
import type { Presence } from '../../sync/presence';
import { expelPerson } from '../../sync/hubApi';
import { dropConnection } from '../../sync/liveConnections';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { forgetWorkshopConnection } from './forgetRoom';
import { newJoinLink, openToParticipants, rememberedHub, setJoinsOpen } from './hubAccess';
import { JoinDetails } from './JoinDetails';
import { OtherServerForm } from './OtherServerForm';
import { RegisterList } from './RegisterList';
import { WhoIsHere } from './WhoIsHere';
import './lan.css';

type OpenPanelProps = { workshopId: string; doc: Y.Doc; parts: readonly AgendaPart[]; row: ConnectionRow | undefined; presence: Presence[]; onClose: () => void };

/**
 * "Open to participants": opens the workshop's room (the desktop's own hub, or a headless hub
 * reached with its admin token), then shows how to join and who has.
 */
export function OpenPanel({ workshopId, doc, parts, row, presence, onClose }: OpenPanelProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [hub, setHub] = useState(rememberedHub);
  const [other, setOther] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const partTitle = (partId: string) => parts.find((part) => part.id === partId)?.title;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(t('lan.open.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  function open(event?: FormEvent) {
    event?.preventDefault();
    void run(() => openToParticipants(workshopId, isDesktop() ? undefined : hub));
  }

  async function expel(hubRow: ConnectionRow, person: Presence) {
    if (!person.personId) return;
    await expelPerson({ wsUrl: hubRow.wsUrl, room: hubRow.room, key: hubRow.key }, person.personId);
    setNotice(t('lan.who.expelled', { name: person.name }));
  }

  async function disconnect() {
    dropConnection(workshopId);
    await forgetConnection(workshopId);
  }

  return (
    <section className="lan-panel" aria-labelledby="lan-panel-title" data-testid="open-panel">
      <div className="lan-panel-head">
        <h2 id="lan-panel-title">{t('lan.open.title')}</h2>
      </div>
      {!row ? (
        <>
          <p>{t('lan.open.intro')}</p>
          {isDesktop() ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => open()}>
              {busy ? t('lan.open.opening') : t('lan.open.submit')}
            </button>
          ) : (
            <form onSubmit={open}>
              <label>
                {t('lan.open.hubAddress')}
                <input type="text" required value={hub.address} onChange={(event) => setHub({ ...hub, address: event.target.value })} aria-describedby="hub-address-hint" />
              </label>
              <p id="hub-address-hint" className="muted">
                {t('lan.open.hubAddressHint')}
              </p>
              <label>
                {t('lan.open.adminToken')}
                <input type="password" required autoComplete="off" value={hub.token} onChange={(event) => setHub({ ...hub, token: event.target.value })} />
              </label>
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? t('lan.open.opening') : t('lan.open.submit')}
              </button>
            </form>
          )}
          <button type="button" className="button button-quiet" aria-expanded={other} onClick={() => setOther((value) => !value)}>
            {t('lan.other.toggle')}
          </button>
          {other ? <OtherServerForm workshopId={workshopId} /> : null}
        </>
      ) : row.server === 'other' ? (
        <p>{t('lan.other.connectedTo', { url: row.wsUrl, room: row.room })}</p>
      ) : row.role === 'facilitator' ? (
        <div className="lan-panel-grid">
          <JoinDetails row={row} />
          <div>
            <WhoIsHere presence={presence} partTitle={partTitle} onExpel={row.server === 'hub' ? (person) => void run(() => expel(row, person)) : undefined} />
            <RegisterList doc={doc} />
          </div>
        </div>
      ) : (
        <div className="lan-panel-grid">
          <WhoIsHere presence={presence} partTitle={partTitle} />
          <RegisterList doc={doc} />
        </div>
      )}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" data-testid="lan-notice">
          {notice}
        </p>
      ) : null}
      {rotating && row ? (
        <ConfirmDialog
          title={t('lan.open.rotateTitle')}
          body={t('lan.open.rotateBody')}
          confirmLabel={t('lan.open.rotateConfirm')}
          cancelLabel={t('lan.who.cancel')}
          onConfirm={() => {
            setRotating(false);
            void run(async () => {
              await newJoinLink(row);
              setNotice(t('lan.open.rotated'));
            });
          }}
          onCancel={() => setRotating(false)}
        />
      ) : null}
      {forgetting && row ? (
        <ConfirmDialog
          title={t('lan.open.forgetTitle')}
          body={t('lan.open.forgetBody')}
          confirmLabel={t('lan.open.forgetConfirm')}
          cancelLabel={t('lan.who.cancel')}
          onConfirm={() => {
            setForgetting(false);
            void run(async () => {
              if (!(await forgetWorkshopConnection(row.workshopId))) throw new Error(t('lan.open.forgetLater'));
            });
          }}
          onCancel={() => setForgetting(false)}
        />
      ) : null}
      <div className="lan-actions">
        {row?.role === 'facilitator' && row.server === 'hub' ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void run(() => setJoinsOpen(row, row.open === false))}>
              {row.open === false ? t('lan.open.reopenJoins') : t('lan.open.closeJoins')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setRotating(true)}>
              {t('lan.open.rotate')}
            </button>
            <button type="button" className="button button-danger-quiet" disabled={busy} onClick={() => setForgetting(true)}>
              {t('lan.open.forget')}
            </button>
          </>
        ) : null}
        {row ? (
          <button type="button" className="button button-quiet" onClick={() => void disconnect()}>
            {t('lan.open.disconnect')}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('lan.open.close')}
        </button>
      </div>
    </section>
  );
}
