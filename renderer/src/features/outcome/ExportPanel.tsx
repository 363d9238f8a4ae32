import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../i18n';
import { useToast } from '../../ui/ToastProvider';
import { workshopInsightProfiles } from '@shared/insights/reportData';
import { metaMap } from '@shared/workshop/doc';
import { scriptNames } from '../../i18n/scripts';
import { scriptsWithoutFont } from './fontCoverage';
import { isTranslated } from './labels';
import { timelineSource } from './timelineSource';
import { igfExports, runIgfExport, type IgfExportKind } from './runIgfExport';
import { dataExports, documentExports, runExport, type ExportKind, type ExportRequest } from './runExport';

// Results and canvases exist only in the hackathon formats; elsewhere the buttons would export empty files.
const hackathonOnly: ReadonlySet<string> = new Set(['hackathonResults', 'canvases']);
const isHackathon = (doc: ExportRequest['doc']) => String(metaMap(doc).get('format')).startsWith('hackathon');
// The ten insights file only once someone answered the check: before, it would hold no counts.
const ranInsights = (doc: ExportRequest['doc']) => workshopInsightProfiles(doc).length > 0;

/** `languageLoading`: the report's language is still loading; exporting waits for it. */
type ExportPanelProps = Omit<ExportRequest, 'chathamHouse' | 'timeline' | 'onPictureFailed'> & { hasRoadmap: boolean; languageLoading?: boolean };

/** The report in four formats and the raw data as CSV and JSON, one export at a time. */
export function ExportPanel({ hasRoadmap, languageLoading = false, ...request }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [chathamHouse, setChathamHouse] = useState(false);
  const [busy, setBusy] = useState<ExportKind | IgfExportKind | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const name = (kind: ExportKind | IgfExportKind) => t(`outcomeUi.exports.${kind}`);
  // Said before anyone prints: a PDF made on a device without the script's font shows boxes.
  const reportText = useMemo(() => [request.workshopTitle, JSON.stringify(request.outcome ?? {}), JSON.stringify(request.labels)].join(' '), [request.workshopTitle, request.outcome, request.labels]);
  const missingFonts = useMemo(() => scriptsWithoutFont(reportText), [reportText]);

  async function start(kind: ExportKind | IgfExportKind) {
    if (busy) return;
    setBusy(kind);
    setFailure(undefined);
    setNote('');
    try {
      // Read at click time, so the picture shows the agenda as it is now.
      const timeline = timelineSource(request.doc, i18next.getFixedT(request.labels.language));
      const onPictureFailed = (message: string) => setNote(t('outcomeUi.exports.noPicture', { message }));
      const result = isIgf(kind)
        ? request.outcome
          ? await runIgfExport(kind, { ...request, outcome: request.outcome })
          : 'noDocument'
        : await runExport(kind, { ...request, chathamHouse, timeline, onPictureFailed });
      if (result === 'saved') toast({ message: t('outcomeUi.exports.saved', { what: name(kind) }) });
      else if (result === 'dialog') toast({ message: t('outcomeUi.exports.printOpened') });
      else if (result === 'noDocument') setFailure(t('outcomeUi.exports.noDocument'));
    } catch (error) {
      setFailure(t('outcomeUi.exports.failed', { what: name(kind), message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(undefined);
    }
  }

  const button = (kind: ExportKind | IgfExportKind) => (
    <button key={kind} type="button" className="button button-small" aria-busy={busy === kind} disabled={busy !== undefined || languageLoading} onClick={() => void start(kind)}>
      {name(kind)}
    </button>
  );

  return (
    <section className="outcome-exports" aria-labelledby="outcome-exports">
      <h3 id="outcome-exports">{t('outcomeUi.exports.heading')}</h3>
      {isTranslated(request.labels.language) ? null : (
        <p className="notice outcome-untranslated" data-testid="report-untranslated">
          {t('outcomeUi.exports.untranslated', { language: languageName(request.labels.language, i18n.language) })}
        </p>
      )}
      {missingFonts.length > 0 ? (
        <p className="notice notice-warning" role="status" data-testid="export-missing-font" data-scripts={missingFonts.join(' ')}>
          {t('outcomeUi.exports.missingFont', { scripts: scriptNames(missingFonts, i18n.language) })}
        </p>
      ) : null}
      <div className="outcome-export-group" role="group" aria-label={t('outcomeUi.exports.document')}>
        <span className="field-label">{t('outcomeUi.exports.document')}</span>
        <div className="outcome-export-buttons">{documentExports.map(button)}</div>
      </div>
      <div className="outcome-export-group" role="group" aria-label={t('outcomeUi.exports.igf')}>
        <span className="field-label">{t('outcomeUi.exports.igf')}</span>
        <span className="field-hint">{t('outcomeUi.exports.igfHint')}</span>
        <div className="outcome-export-buttons">{igfExports.map(button)}</div>
      </div>
      <div className="outcome-export-group" role="group" aria-label={t('outcomeUi.exports.data')}>
        <span className="field-label">{t('outcomeUi.exports.data')}</span>
        <label className="outcome-check">
          <input type="checkbox" checked={chathamHouse} onChange={(event) => setChathamHouse(event.target.checked)} />
          {t('outcomeUi.exports.chathamHouse')}
        </label>
        <div className="outcome-export-buttons">{dataExports.filter((kind) => (kind !== 'roadmap' || hasRoadmap) && (!hackathonOnly.has(kind) || isHackathon(request.doc)) && (kind !== 'insights' || ranInsights(request.doc))).map(button)}</div>
      </div>
      <p className="muted outcome-progress" role="status" aria-live="polite" data-testid="export-progress">
        {[busy ? t('outcomeUi.exports.working', { what: name(busy) }) : '', note].filter(Boolean).join(' ')}
      </p>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}

function isIgf(kind: ExportKind | IgfExportKind): kind is IgfExportKind {
  return (igfExports as readonly string[]).includes(kind);
}

/** "Kinyarwanda" for "rw", in the app's own language; the code itself when the runtime has no name. */
function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
