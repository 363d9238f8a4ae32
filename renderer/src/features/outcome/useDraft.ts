import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { outcomeSourcesFromDoc } from '@shared/outcome/adapter';
import { generateLinkedDraft, type LinkedDraft } from '@shared/outcome/draft';
import type { OutcomeLabels } from '@shared/outcome/labels';
import { bulletSections, emptyOutcome, type OutcomeDocument } from '@shared/outcome/model';
import { readLinks, readOutcome, writeOutcome } from '@shared/outcome/store';
import { i18next } from '../../i18n';
import { useToast } from '../../ui/ToastProvider';
import { formatReportDate } from './labels';

/** True when someone has written anything worth keeping: replacing it must be confirmed. */
export function hasContent(outcome: OutcomeDocument | undefined): boolean {
  if (!outcome) return false;
  return bulletSections.some((section) => outcome[section].some((bullet) => bullet.trim() !== '')) || outcome.themes.trim() !== '';
}

/**
 * Writing a draft (from the workshop, or an empty one with the header filled) over whatever
 * the document held, with an undo that puts the old document back as it was.
 */
export function useDraft(doc: Y.Doc, labels: OutcomeLabels) {
  const { t } = useTranslation();
  // The draft is written in the report's language (the session's), not necessarily this screen's.
  const inReport = i18next.getFixedT(labels.language);
  const toast = useToast();

  function fromWorkshop(): LinkedDraft | undefined {
    const sources = outcomeSourcesFromDoc(doc, { now: Date.now(), translate: (key) => inReport(key) });
    if (!sources) return undefined;
    return generateLinkedDraft(sources, labels, { formatDate: (iso) => formatReportDate(iso, labels.language) });
  }

  function blank(): (Partial<LinkedDraft> & { outcome: OutcomeDocument }) | undefined {
    const draft = fromWorkshop()?.outcome;
    if (!draft) return undefined;
    // Keep the header and the figures: they are facts, not the organiser's words.
    return { outcome: { ...emptyOutcome(), title: draft.title, organiser: draft.organiser, dateTime: draft.dateTime, venue: draft.venue, participation: draft.participation, sdgTags: draft.sdgTags } };
  }

  function write(next: (Partial<LinkedDraft> & { outcome: OutcomeDocument }) | undefined): void {
    if (!next) {
      toast({ message: t('outcomeUi.exports.noWorkshop') });
      return;
    }
    const previous = readOutcome(doc).outcome;
    const previousLinks = readLinks(doc);
    writeOutcome(doc, next.outcome, next.links);
    if (previous && hasContent(previous)) {
      toast({ message: t('outcomeUi.replaced'), actionLabel: t('outcomeUi.undo'), onAction: () => writeOutcome(doc, previous, previousLinks) });
    } else toast({ message: t('outcomeUi.generated') });
  }

  return {
    generate: () => write(fromWorkshop()),
    startEmpty: () => write(blank()),
    participation: () => fromWorkshop()?.outcome.participation,
  };
}
