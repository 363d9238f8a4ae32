import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopListItem } from '../../persistence/workshops';
import { useToast } from '../../ui/ToastProvider';
import { combineWorkshops } from './combineWorkshops';
import { combinedExports, runCombined, type CombinedExport } from './runCombined';
import './combine.css';

type CombineDialogProps = { workshops: readonly WorkshopListItem[]; onClose: () => void };

const dataKinds = combinedExports.filter((kind) => kind !== 'markdown' && kind !== 'docx');
const reportKinds = ['markdown', 'docx'] as const;

/**
 * Picks workshops with plain checkboxes (Tab, Space) and takes away their combined data and
 * first report. Each file is combined afresh on its click, so it reflects the stored workshops
 * as they are then; a modal dialog keeps focus inside, and Escape closes it.
 */
export function CombineDialog({ workshops, onClose }: CombineDialogProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [chathamHouse, setChathamHouse] = useState(false);
  const [busy, setBusy] = useState<CombinedExport>();
  const [failure, setFailure] = useState<string>();
  const enough = picked.size >= 2;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function toggle(id: string, on: boolean) {
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function start(kind: CombinedExport) {
    if (busy || !enough) return;
    setBusy(kind);
    setFailure(undefined);
    const what = t(`combine.${kind}`);
    try {
      // Oldest first, not in click order: the same pick always gives the same file, and the
      // report names the sessions in the order they were held.
      const ids = workshops
        .filter((workshop) => picked.has(workshop.id))
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((workshop) => workshop.id);
      const combined = await combineWorkshops(ids, {
        now: Date.now(),
        untitled: t('workshop.untitled'),
        title: (titles) => t('combine.title', { titles: titles.join(', ') }),
      });
      if (await runCombined(kind, combined, { chathamHouse, language: i18n.language })) toast({ message: t('combine.saved', { what }) });
    } catch (error) {
      setFailure(t('combine.failed', { what, message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(undefined);
    }
  }

  const button = (kind: CombinedExport) => (
    <button key={kind} type="button" className="button button-small" aria-busy={busy === kind} disabled={!enough || busy !== undefined} onClick={() => void start(kind)}>
      {t(`combine.${kind}`)}
    </button>
  );

  return (
    <dialog ref={dialog} className="dialog dialog-wide combine" aria-labelledby="combine-title" onCancel={onClose}>
      <h2 id="combine-title">{t('combine.heading')}</h2>
      <p className="muted">{t('combine.intro')}</p>
      <fieldset className="combine-pick">
        <legend>{t('combine.pick')}</legend>
        <ul>
          {workshops.map((workshop) => (
            <li key={workshop.id}>
              <label>
                <input type="checkbox" checked={picked.has(workshop.id)} onChange={(event) => toggle(workshop.id, event.target.checked)} />
                {workshop.title || t('workshop.untitled')}
                {workshop.date ? <span className="muted"> · {workshop.date}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className={enough ? 'muted' : 'field-hint'} role="status" aria-live="polite" data-testid="combine-status">
        {busy ? t('combine.working', { what: t(`combine.${busy}`) }) : enough ? t('combine.picked', { count: picked.size }) : t('combine.needTwo')}
      </p>
      <div className="combine-group" role="group" aria-label={t('combine.data')}>
        <span className="field-label">{t('combine.data')}</span>
        <label className="combine-check">
          <input type="checkbox" checked={chathamHouse} onChange={(event) => setChathamHouse(event.target.checked)} />
          {t('combine.chathamHouse')}
        </label>
        <div className="combine-buttons">{dataKinds.map(button)}</div>
      </div>
      <div className="combine-group" role="group" aria-label={t('combine.report')}>
        <span className="field-label">{t('combine.report')}</span>
        <div className="combine-buttons">{reportKinds.map(button)}</div>
      </div>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('combine.close')}
        </button>
      </div>
    </dialog>
  );
}
