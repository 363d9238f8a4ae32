import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { importRows, parseRoadmapFile, type ImportReport } from '@shared/roadmap/import';
import { horizonKey } from '@shared/roadmap/horizons';
import { RefusalMessage } from '../activities/RefusalMessage';

/**
 * Import of a prepared roadmap: pick a Markdown or CSV file, read the report (what will come
 * in, what is skipped and why), then confirm. Nothing touches the document before the confirm,
 * and the confirm writes every good row in one transaction.
 */
export function ImportRoadmap({ doc, partId, actor, onDone }: { doc: Y.Doc; partId: string; actor: Actor; onDone?: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [report, setReport] = useState<{ name: string; report: ImportReport }>();
  const [refusal, setRefusal] = useState<Refusal>();

  async function read(file: File) {
    const parsed = parseRoadmapFile(file.name, await file.text());
    setRefusal(parsed.ok ? undefined : parsed.refusal);
    setReport(parsed.ok ? { name: file.name, report: parsed.value } : undefined);
  }

  function confirm() {
    if (!report) return;
    const outcome = importRows(doc, partId, report.report.rows, actor, Date.now());
    setRefusal(outcome.ok ? undefined : outcome.refusal);
    if (outcome.ok) {
      setReport(undefined);
      onDone?.();
    }
  }

  return (
    <div className="roadmap-import" data-testid="roadmap-import">
      <label htmlFor={inputId}>{t('roadmap.importPick')}</label>
      <input
        id={inputId}
        type="file"
        accept=".md,.markdown,.txt,.csv,text/markdown,text/csv"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
          event.target.value = '';
        }}
      />
      <p className="muted">{t('roadmap.importHint')}</p>
      <RefusalMessage refusal={refusal} />
      {report ? (
        <div className="import-report" data-testid="import-report" role="region" aria-label={t('roadmap.importReport')}>
          <p>
            <strong>{t('roadmap.importReady', { count: report.report.rows.length, name: report.name })}</strong>
          </p>
          <ul className="import-rows">
            {report.report.rows.map((row) => (
              <li key={row.line}>
                {row.title} · {t(horizonKey(row.horizon))}
              </li>
            ))}
          </ul>
          {report.report.skipped.length > 0 ? (
            <>
              <p>{t('roadmap.importSkipped', { count: report.report.skipped.length })}</p>
              <ul className="import-skipped" data-testid="import-skipped">
                {report.report.skipped.map((row) => (
                  <li key={row.line}>{t(row.refusal.code, row.refusal)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="roadmap-toolbar">
            <button type="button" className="button button-primary" onClick={confirm}>
              {t('roadmap.importConfirm', { count: report.report.rows.length })}
            </button>
            <button type="button" className="button" onClick={() => setReport(undefined)}>
              {t('roadmap.importCancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
