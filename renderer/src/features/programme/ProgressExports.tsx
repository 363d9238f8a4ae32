import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressCsv } from '@shared/programme/progressCsv';
import type { ProgrammeSummary } from '@shared/programme/summary';
import { summaryBlocks, type SummaryWords } from '@shared/programme/summaryBlocks';
import { summaryHtml } from '@shared/programme/summaryExport';
import { i18next } from '../../i18n';
import { barazaFileName } from '../exchange/fileName';
import { printExport, saveExport } from '../outcome/saveExport';

const kinds = ['csv', 'pdf', 'docx'] as const;
type Kind = (typeof kinds)[number];

/** The progress data as CSV, and the one-page summary as PDF (the print path) or Word. */
export function ProgressExports({ name, summary }: { name: string; summary: ProgrammeSummary }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string>();

  async function run(kind: Kind) {
    const stem = barazaFileName(name).replace(/\.baraza$/, '');
    const words: SummaryWords = { language: i18next.language, direction: i18next.dir(i18next.language), translate: (key) => i18next.t(key) };
    setFailure(undefined);
    setStatus(t('programme.progress.exporting'));
    try {
      if (kind === 'csv') await saveExport(`${stem}-progress.csv`, new TextEncoder().encode(progressCsv(summary.workshops, { translate: words.translate })), 'text/csv;charset=utf-8');
      if (kind === 'pdf') await printExport(summaryHtml(name, summary, words), `${stem}-summary.pdf`);
      if (kind === 'docx') {
        // Loaded on first use, as for the report: the docx package is large.
        const { renderBlocksDocx } = await import('@shared/outcome/docx');
        await saveExport(`${stem}-summary.docx`, await renderBlocksDocx(summaryBlocks(name, summary, words), words), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      }
      setStatus(t('programme.progress.exported'));
    } catch (error) {
      setStatus('');
      setFailure(t('programme.progress.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div className="programme-actions" role="group" aria-label={t('programme.progress.exports')}>
      {kinds.map((kind) => (
        <button key={kind} type="button" className="button" onClick={() => void run(kind)}>
          {t(`programme.progress.export.${kind}`)}
        </button>
      ))}
      <p className="muted" role="status" aria-live="polite">
        {status}
      </p>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
