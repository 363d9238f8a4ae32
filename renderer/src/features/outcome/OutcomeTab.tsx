import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { activityOf } from '@shared/activities/config';
import { followUpData } from '@shared/commitments/followUp';
import { estimateDocumentFit } from '@shared/outcome/fit';
import type { ReportLayout } from '@shared/outcome/layout';
import { bulletSections, totalParticipants } from '@shared/outcome/model';
import { setParticipation } from '@shared/outcome/store';
import { readWorkshop } from '@shared/workshop/doc';
import { i18next } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/ToastProvider';
import { BulletSection } from './BulletSection';
import { ExportPanel } from './ExportPanel';
import { HeaderFields } from './HeaderFields';
import { reportLabels } from './labels';
import { reportHackathon } from './reportHackathon';
import { reportInsights } from './reportInsights';
import { ReportInsightsPreview } from './ReportInsightsPreview';
import { PageFit } from './PageFit';
import { reportDrawing, startingLayout } from './reportPicture';
import { pictureCaption } from './runExport';
import { timelineSource } from './timelineSource';
import { usePrintedPages } from './usePrintedPages';
import { ParticipationTable } from './ParticipationTable';
import { ThemesAndTags } from './ThemesAndTags';
import { hasContent, useDraft } from './useDraft';
import { useOutcome } from './useOutcome';
import { useReportLanguage } from './useReportLanguage';
import './outcome.css';

/** `language`: the workshop's session language, which the report is written in. */
type OutcomeTabProps = { doc: Y.Doc; workshopTitle: string; readOnly: boolean; language?: string | undefined };

/** The session outcome document: draft it from the workshop, edit it together, export it. */
export function OutcomeTab({ doc, workshopTitle, readOnly, language }: OutcomeTabProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { outcome, problems, links } = useOutcome(doc);
  const { language: reportLanguage, loading: languageLoading } = useReportLanguage(language);
  const labels = useMemo(() => reportLabels(reportLanguage), [reportLanguage]);
  const draft = useDraft(doc, labels);
  const [confirming, setConfirming] = useState(false);
  // Estimated with everything the export adds: the picture and its caption, and a hackathon's section.
  const picture = timelineSource(doc, i18next.getFixedT(labels.language));
  const imageCaption = pictureCaption({ timeline: picture, labels });
  const hackathon = reportHackathon(doc);
  const followUp = followUpData(doc);
  const insights = reportInsights(doc, labels.language);
  // The cuts the organiser chose; until then, the layout the report starts with.
  const [chosenLayout, setChosenLayout] = useState<ReportLayout | undefined>(undefined);
  const startLayout = startingLayout(picture, labels);
  const layout = chosenLayout ?? startLayout;
  const drawing = reportDrawing(picture, layout, labels);
  const fit = outcome ? estimateDocumentFit(outcome, labels, { withRoadmapImage: picture !== undefined, imageCaption, hackathon, followUp, insights, layout }) : undefined;
  // The count the print page really takes, once measured; the estimate stands in until then.
  const printed = usePrintedPages(outcome, labels, { pictureSvg: drawing?.svg, imageCaption, hackathon, followUp, insights, layout, pictureSize: drawing });
  // The roadmap CSV is offered whenever the agenda has a roadmap part, in any format.
  const hasRoadmap = hasRoadmapPart(doc);

  function askToGenerate() {
    if (hasContent(outcome)) setConfirming(true);
    else draft.generate();
  }

  function refreshFigures() {
    const figures = draft.participation();
    if (!figures) return;
    setParticipation(doc, figures);
    toast({ message: t('outcomeUi.participation.refreshed') });
  }

  return (
    <div className="outcome" data-testid="outcome-tab">
      <div className="outcome-toolbar">
        <div>
          <h2>{t('outcomeUi.heading')}</h2>
          <p className="muted outcome-intro">{t('outcomeUi.intro')}</p>
        </div>
        {readOnly ? null : (
          <button type="button" className="button button-primary" onClick={askToGenerate} disabled={languageLoading} aria-busy={languageLoading}>
            {t('outcomeUi.generate')}
          </button>
        )}
      </div>
      {problems.length > 0 ? (
        <div className="notice notice-error" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!outcome ? (
        <div className="empty-state">
          <p>{t('outcomeUi.empty')}</p>
          {readOnly ? null : (
            <div className="empty-state-actions">
              <button type="button" className="button" onClick={draft.startEmpty} disabled={languageLoading}>
                {t('outcomeUi.startEmpty')}
              </button>
            </div>
          )}
        </div>
      ) : (
        <>
          <PageFit
            printed={printed.pages !== undefined && printed.bodyPages !== undefined ? { pages: printed.pages, bodyPages: printed.bodyPages, measuring: printed.pending } : undefined}
            estimate={fit}
            layout={layout}
            has={{ roadmapPicture: picture?.drawn.kind === 'agreedRoadmap', picture: picture !== undefined, table: totalParticipants(outcome.participation) > 0 }}
            onLayout={readOnly ? undefined : setChosenLayout}
            changed={chosenLayout !== undefined && (chosenLayout.picture !== startLayout.picture || chosenLayout.table !== startLayout.table)}
            onUndo={() => setChosenLayout(undefined)}
          />
          <HeaderFields doc={doc} outcome={outcome} readOnly={readOnly} />
          <p className="field-hint">{t('outcomeUi.keyboardHint')}</p>
          {bulletSections.map((section) => (
            <div key={section} className={section === 'outcomes' ? 'outcome-with-figures' : undefined}>
              <BulletSection doc={doc} section={section} title={labels.sections[section]} bullets={outcome[section]} links={links[section]} readOnly={readOnly} />
              {section === 'outcomes' ? <ParticipationTable figures={outcome.participation} labels={labels} onRefresh={readOnly ? undefined : refreshFigures} /> : null}
              {section === 'outcomes' && insights ? <ReportInsightsPreview insights={insights} labels={labels} /> : null}
            </div>
          ))}
          <ThemesAndTags doc={doc} outcome={outcome} themesTitle={labels.sections.themes} themesLinks={links.themes} readOnly={readOnly} />
        </>
      )}
      <ExportPanel doc={doc} outcome={outcome} labels={labels} workshopTitle={workshopTitle} hasRoadmap={hasRoadmap} layout={layout} languageLoading={languageLoading} />
      {confirming ? (
        <ConfirmDialog
          title={t('outcomeUi.replaceTitle')}
          body={t('outcomeUi.replaceBody')}
          confirmLabel={t('outcomeUi.replaceConfirm')}
          cancelLabel={t('outcomeUi.cancel')}
          onConfirm={() => {
            setConfirming(false);
            draft.generate();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

function hasRoadmapPart(doc: Y.Doc): boolean {
  const { meta, parts } = readWorkshop(doc);
  return parts.some((part) => activityOf(part, { format: meta?.format }).kind === 'roadmap');
}
