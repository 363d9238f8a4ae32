import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival';
import { navigate } from '../../app/router';
import { markDeleted, refreshListingsBehind, restoreDeleted, type WorkshopListItem } from '../../persistence/workshops';
import { deleteForGood, finishLeftoverDeletions } from './deleteForGood';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useShortcut } from '../../ui/useShortcut';
import { useToast } from '../../ui/ToastProvider';
import { lazyComponent } from '../../ui/lazyComponent';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ShortcutsToggle } from '../../ui/ShortcutsToggle';
import { ImportFailureNotice } from '../exchange/ImportFailureNotice';
import { ImportFileButton, type ImportFailure } from '../exchange/ImportFileButton';
import { JoinByCode } from '../lan/JoinByCode';
import { duplicateWorkshop, setArchived } from '../workshop/workshopActions';
import { FirstRunGuide } from '../guide/FirstRunGuide';
import { GuideHelpButton } from '../guide/GuideHelpButton';
import { useGuideShown } from '../guide/guideSetting';
import { ProgrammesSection } from '../programme/ProgrammesSection';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { useWorkshopList } from './useWorkshopList';
import { WorkshopCard } from './WorkshopCard';

const CombineDialog = lazyComponent(() => import('../combine/CombineDialog'), 'CombineDialog', { loadingKey: null });

/** How long a deletion can be undone: the toast's time, after which it is carried out. */
const undoMs = 10_000;
/** Deletions left pending by a window that closed abruptly are carried out after this long
 *  (longer than any window's Undo, so another window's pending deletion is never cut short). */
const staleDeletionMs = 60_000;

export function HomeScreen() {
  const { t } = useTranslation();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  const list = useWorkshopList();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [joining, setJoining] = useState(false);
  const [combining, setCombining] = useState(false);
  const [confirming, setConfirming] = useState<WorkshopListItem>();
  const [importFailure, setImportFailure] = useState<ImportFailure>();
  const deletedHere = useRef(new Set<string>());
  const guideShown = useGuideShown();
  const [guideAsked, setGuideAsked] = useState(false);

  useShortcut('KeyN', { alt: true }, () => setCreating(true));

  // A window closed right after an edit may have left its workshop's row behind.
  useEffect(() => {
    refreshListingsBehind().catch((error: unknown) => console.warn('[home] a workshop row could not be brought up to date', error));
  }, []);

  // Deletion is soft while this screen is open, so that Undo can bring a workshop back.
  useEffect(() => {
    void finishLeftoverDeletions(staleDeletionMs);
    const pending = deletedHere.current;
    return () => void deleteForGood([...pending]);
  }, []);

  async function deleteConfirmed(workshop: WorkshopListItem) {
    setConfirming(undefined);
    await markDeleted(workshop.id);
    deletedHere.current.add(workshop.id);
    const title = workshop.title || t('workshop.untitled');
    toast({
      message: t('home.deleted', { title }),
      actionLabel: t('home.undo'),
      timeoutMs: undoMs,
      onAction: () => {
        deletedHere.current.delete(workshop.id);
        void restoreDeleted(workshop.id);
      },
    });
    // Once Undo is gone the deletion is for good, here and on the hub, even if this screen stays.
    window.setTimeout(() => {
      if (!deletedHere.current.delete(workshop.id)) return;
      void deleteForGood([workshop.id]);
    }, undoMs + 500);
  }

  async function duplicate(workshop: WorkshopListItem) {
    const copy = await duplicateWorkshop(workshop.id, (title) => t('home.copyOf', { title }));
    if (copy) toast({ message: t('home.duplicated', { title: copy.title }) });
  }

  const rows = list.status === 'ready' ? list.rows : [];
  const archivedCount = rows.filter((row) => row.archived).length;
  const visible = rows.filter((row) => showArchived || !row.archived);

  return (
    <div className="page">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageMenu />
        <div className="header-actions home-actions">
          <button type="button" className="button" aria-expanded={joining} onClick={() => setJoining((value) => !value)}>
            {t('lan.code.button')}
          </button>
          <ImportFileButton onFailure={setImportFailure} />
          {rows.length >= 2 ? (
            <button type="button" className="button" onClick={() => setCombining(true)}>
              {t('combine.button')}
            </button>
          ) : null}
          <button type="button" className="button button-primary" title="Alt+N" onClick={() => setCreating(true)}>
            {t('home.new')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="home">
        <div className="home-heading">
          <h1 ref={heading} tabIndex={-1}>
            {t('home.title')}
          </h1>
          {list.status === 'ready' && rows.length > 0 ? <p className="muted">{t('home.count', { count: rows.length - archivedCount })}</p> : null}
        </div>
        {guideShown && list.status === 'ready' ? <FirstRunGuide hasWorkshop={rows.length > 0} focusOnShow={guideAsked} /> : null}
        {joining ? <JoinByCode onClose={() => setJoining(false)} /> : null}
        {importFailure ? <ImportFailureNotice failure={importFailure} onDismiss={() => setImportFailure(undefined)} /> : null}
        {list.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
        {list.status === 'error' ? (
          <p className="notice notice-error" role="alert">
            {t('app.storageError', { message: list.message })}
          </p>
        ) : null}
        {list.status === 'ready' && rows.length === 0 ? (
          <section className="empty-state">
            <h2>{t('home.emptyTitle')}</h2>
            <p>{t('home.emptyBody')}</p>
            <div className="empty-state-actions">
              <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
                {t('home.emptyAction')}
              </button>
              <ImportFileButton onFailure={setImportFailure} />
            </div>
          </section>
        ) : null}
        {list.status === 'ready' && rows.length > 0 ? <ProgrammesSection /> : null}
        {visible.length > 0 ? (
          <ul className="workshop-list" aria-label={t('home.title')}>
            {visible.map((workshop) => (
              <WorkshopCard
                key={workshop.id}
                workshop={workshop}
                onDuplicate={() => void duplicate(workshop)}
                onArchive={() => void setArchived(workshop.id, !workshop.archived)}
                onDelete={() => setConfirming(workshop)}
              />
            ))}
          </ul>
        ) : null}
        {archivedCount > 0 ? (
          <button type="button" className="button button-quiet" aria-expanded={showArchived} onClick={() => setShowArchived((value) => !value)}>
            {showArchived ? t('home.hideArchived') : t('home.showArchived', { count: archivedCount })}
          </button>
        ) : null}
        <footer className="home-preferences">
          {guideShown ? null : <GuideHelpButton onShow={() => setGuideAsked(true)} />}
          <ShortcutsToggle />
        </footer>
      </main>
      {creating ? (
        <NewWorkshopDialog onClose={() => setCreating(false)} onCreated={(id) => navigate({ name: 'workshop', id, tab: 'agenda' })} />
      ) : null}
      {combining ? (
        <CombineDialog workshops={rows} onClose={() => setCombining(false)} />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('confirmDelete.title', { title: confirming.title || t('workshop.untitled') })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('confirmDelete.cancel')}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => void deleteConfirmed(confirming)}
        />
      ) : null}
    </div>
  );
}
