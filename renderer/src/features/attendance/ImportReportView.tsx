import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@shared/attendance/import';

/** What an import did: how many people were added, and every row left out or changed, by line. */
export function ImportReportView({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the report so a screen-reader user hears the outcome straight away.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="notice import-report" data-testid="import-report">
      <h3 ref={heading} tabIndex={-1}>
        {t('attendance.import.report')}
      </h3>
      <p data-testid="import-added">{t('attendance.import.added', { count: report.added.length })}</p>
      {report.rejected.length === 0 && report.warnings.length === 0 ? <p>{t('attendance.import.allGood')}</p> : null}
      {report.rejected.length > 0 ? (
        <>
          <p>{t('attendance.import.rejected', { count: report.rejected.length })}</p>
          <ul data-testid="import-rejected">
            {report.rejected.map((row) => (
              <li key={`${row.line}-${row.code}`}>{t(row.code, row)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <p>{t('attendance.import.warnings', { count: report.warnings.length })}</p>
          <ul data-testid="import-warnings">
            {report.warnings.map((row) => (
              <li key={`${row.line}-${row.code}`}>{t(row.code, row)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="button" onClick={onClose}>
        {t('attendance.import.close')}
      </button>
    </div>
  );
}
