import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inProgrammeOrder } from '@shared/programme/workshopFacts';
import { navigate, routeHref } from '../../app/router';
import { addToProgramme, deleteProgramme, removeFromProgramme, renameProgramme } from '../../persistence/programmes';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival';
import { ProgrammeCoalition } from '../coalition/ProgrammeCoalition';
import { CommitmentHistorySection } from '../commitments/CommitmentHistorySection';
import { NewProgrammeWorkshop } from '../commitments/NewProgrammeWorkshop';
import { ImportFailureNotice } from '../exchange/ImportFailureNotice';
import { ImportFileButton, type ImportFailure } from '../exchange/ImportFileButton';
import { useWorkshopList } from '../home/useWorkshopList';
import { AddWorkshops } from './AddWorkshops';
import { ProgrammeNameForm } from './ProgrammeNameForm';
import { ProgrammeProgress } from './ProgrammeProgress';
import { ProgrammeWorkshops } from './ProgrammeWorkshops';
import { useProgramme } from './useProgrammes';
import { useWorkshopFacts } from './useWorkshopFacts';
import './programme.css';

/** A programme: its workshops side by side, and the ways to grow, rename or delete it. */
export function ProgrammeScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  const programme = useProgramme(id);
  const list = useWorkshopList();
  const [mode, setMode] = useState<'view' | 'rename' | 'add'>('view');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [importFailure, setImportFailure] = useState<ImportFailure>();
  const [refusal, setRefusal] = useState<string>();

  const value = programme.status === 'ready' ? programme.value : undefined;
  const stored = list.status === 'ready' ? list.rows : [];
  const members = value ? inProgrammeOrder(stored.filter((row) => value.workshopIds.includes(row.id))) : [];
  const facts = useWorkshopFacts(
    members.map((row) => row.id),
    members.map((row) => row.updatedAt).join(','),
  );

  async function add(ids: readonly string[]) {
    const refused = await addToProgramme(id, ids, Date.now());
    setRefusal(refused?.code === 'programme.full' ? t('programme.full', { limit: refused.limit }) : undefined);
    setMode('view');
  }

  return (
    <div className="page">
      <header className="app-header">
        <a className="back-link" href={routeHref({ name: 'home' })}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('app.home')}
        </a>
      </header>
      <main id="main" tabIndex={-1} className="programme-screen">
        {programme.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
        {programme.status === 'error' ? (
          <p className="notice notice-error" role="alert">
            {t('programme.storageError', { message: programme.message })}
          </p>
        ) : null}
        {programme.status === 'ready' && !value ? <p className="notice">{t('programme.notFound')}</p> : null}
        {value ? (
          <>
            <p className="muted">{t('programme.kicker')}</p>
            {mode === 'rename' ? (
              <ProgrammeNameForm
                initial={value.name}
                submitLabel={t('programme.save')}
                onCancel={() => setMode('view')}
                onSubmit={async (name) => {
                  await renameProgramme(id, name, Date.now());
                  setMode('view');
                }}
              />
            ) : (
              <h1 ref={heading} tabIndex={-1} dir="auto">
                {value.name}
              </h1>
            )}
            <div className="programme-actions">
              <button type="button" className="button button-primary" aria-expanded={mode === 'add'} onClick={() => setMode(mode === 'add' ? 'view' : 'add')}>
                {t('programme.add')}
              </button>
              <NewProgrammeWorkshop programmeId={id} members={members} />
              <ImportFileButton onFailure={setImportFailure} onImported={(workshopId) => void add([workshopId])} />
              <button type="button" className="button" onClick={() => setMode('rename')}>
                {t('programme.rename')}
              </button>
              <button type="button" className="button button-danger-quiet" onClick={() => setConfirmingDelete(true)}>
                {t('programme.delete')}
              </button>
            </div>
            {importFailure ? <ImportFailureNotice failure={importFailure} onDismiss={() => setImportFailure(undefined)} /> : null}
            {refusal ? (
              <p className="notice notice-error" role="alert">
                {refusal}
              </p>
            ) : null}
            {mode === 'add' ? <AddWorkshops candidates={stored.filter((row) => !value.workshopIds.includes(row.id))} onAdd={add} onClose={() => setMode('view')} /> : null}
            {members.length > 0 ? (
              <ProgrammeWorkshops rows={members} facts={facts} onRemove={(row) => void removeFromProgramme(id, row.id, Date.now())} />
            ) : (
              <p className="muted">{t('programme.empty')}</p>
            )}
            <ProgrammeCoalition name={value.name} workshops={members} />
            {members.length > 0 ? <CommitmentHistorySection members={members} /> : null}
            <ProgrammeProgress name={value.name} ids={members.map((row) => row.id)} stamp={members.map((row) => row.updatedAt).join(',')} />
          </>
        ) : null}
      </main>
      {confirmingDelete && value ? (
        <ConfirmDialog
          title={t('programme.confirmDelete.title', { name: value.name })}
          body={t('programme.confirmDelete.body')}
          confirmLabel={t('programme.confirmDelete.confirm')}
          cancelLabel={t('programme.cancel')}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void deleteProgramme(id).then(() => navigate({ name: 'home' }));
          }}
        />
      ) : null}
    </div>
  );
}
