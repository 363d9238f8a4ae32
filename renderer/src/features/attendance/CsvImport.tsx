import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Refusal } from '@shared/activities/outcome';
import type { ImportPreview, ImportReport } from '@shared/attendance/import';
import { importParticipants, previewImport } from '@shared/attendance/import';
import type { ColumnMapping } from '@shared/attendance/mapping';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportReportView } from './ImportReportView';

type Step =
  | { name: 'idle' }
  | { name: 'preview'; file: string; text: string; preview: ImportPreview; mapping: ColumnMapping; refusal?: Refusal }
  | { name: 'refused'; file: string; refusal: Refusal }
  | { name: 'report'; report: ImportReport };

/**
 * Importing a sign-up sheet in the three steps the domain offers: choose a file (a file that
 * cannot be read as a whole is refused here), check the suggested column mapping, then import
 * and read the report of every row left out. Nothing is written before the Import button.
 */
export function CsvImport({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ name: 'idle' });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, once fixed, reads it again.
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStep({ name: 'refused', file: file.name, refusal: { code: 'attendance.import.unreadable' } });
      return;
    }
    const preview = previewImport(text);
    if (!preview.ok) setStep({ name: 'refused', file: file.name, refusal: preview.refusal });
    else setStep({ name: 'preview', file: file.name, text, preview: preview.value, mapping: preview.value.suggested });
  }

  function runImport() {
    if (step.name !== 'preview') return;
    const result = importParticipants(doc, step.text, step.mapping, Date.now());
    if (result.ok) setStep({ name: 'report', report: result.value });
    else setStep({ ...step, refusal: result.refusal });
  }

  return (
    <section className="csv-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('attendance.import.title')}</h2>
      <p className="field-hint">{t('attendance.import.hint')}</p>
      <label className="button file-button" htmlFor={inputId}>
        {t('attendance.import.choose')}
      </label>
      <input id={inputId} className="visually-hidden" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" data-testid="csv-file" onChange={(event) => void choose(event)} />

      {step.name === 'refused' ? (
        <div className="notice notice-error" role="alert" data-testid="import-refused">
          <p>
            <strong>{step.file}</strong>: {t(step.refusal.code, step.refusal)}
          </p>
          <p>{t('attendance.import.refused')}</p>
        </div>
      ) : null}

      {step.name === 'preview' ? (
        <div className="import-preview" data-testid="import-preview">
          <p>{t('attendance.import.preview', { file: step.file, count: step.preview.rowCount })}</p>
          <ColumnMappingTable preview={step.preview} mapping={step.mapping} onChange={(mapping) => setStep({ ...step, mapping, refusal: undefined })} />
          {step.refusal ? (
            <div className="notice notice-error" role="alert" data-testid="import-refused">
              <p>{t(step.refusal.code, step.refusal)}</p>
              <p>{t('attendance.import.refused')}</p>
            </div>
          ) : null}
          <div className="participant-form-actions">
            <button type="button" className="button button-primary" onClick={runImport}>
              {t('attendance.import.submit')}
            </button>
            <button type="button" className="button" onClick={() => setStep({ name: 'idle' })}>
              {t('attendance.import.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {step.name === 'report' ? <ImportReportView report={step.report} onClose={() => setStep({ name: 'idle' })} /> : null}
    </section>
  );
}
