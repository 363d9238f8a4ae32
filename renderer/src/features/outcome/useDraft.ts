import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { outcomeSourcesFromDoc } from '@shared/outcome/adapter';
import { generateDraft } from '@shared/outcome/draft';
import type { OutcomeLabels } from '@shared/outcome/labels';
import { bulletSections, emptyOutcome, type OutcomeDocument } from '@shared/outcome/model';
import { readOutcome, writeOutcome } from '@shared/outcome/store';
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
  const { t, i18n } = useTranslation();
  const toast = useToast();

  function fromWorkshop(): OutcomeDocument | undefined {
    const sources = outcomeSourcesFromDoc(doc, { now: Date.now(), translate: (key) => t(key) });
    if (!sources) return undefined;
    return generateDraft(sources, labels, { formatDate: (iso) => formatReportDate(iso, sources.meta.language || i18n.language) });
  }

  function blank(): OutcomeDocument | undefined {
    const draft = fromWorkshop();
    if (!draft) return undefined;
    // Keep the header and the figures: they are facts, not the organiser's words.
    return { ...emptyOutcome(), title: draft.title, organiser: draft.organiser, dateTime: draft.dateTime, venue: draft.venue, participation: draft.participation, sdgTags: draft.sdgTags };
  }

  function write(next: OutcomeDocument | undefined): void {
    if (!next) {
      toast({ message: t('outcomeUi.exports.noWorkshop') });
      return;
    }
    const previous = readOutcome(doc).outcome;
    writeOutcome(doc, next);
    if (previous && hasContent(previous)) {
      toast({ message: t('outcomeUi.replaced'), actionLabel: t('outcomeUi.undo'), onAction: () => writeOutcome(doc, previous) });
    } else toast({ message: t('outcomeUi.generated') });
  }

  return {
    generate: () => write(fromWorkshop()),
    startEmpty: () => write(blank()),
    participation: () => fromWorkshop()?.participation,
  };
}
