import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { outcomeSourcesFromDoc } from '@shared/outcome/adapter';
import type { SourceRef } from '@shared/outcome/links';
import { totalParticipants } from '@shared/outcome/model';

/** One source as the organiser checks it: what it is, its words, and the figures the draft used. */
export type SourceEntry = { ref: SourceRef; kind: string; text: string; details: string[] };

/**
 * Reads the workshop once and describes each ref. Called when the organiser opens a line's
 * sources, not on every change: a full day holds thousands of cards and votes.
 */
export function describeSources(doc: Y.Doc, refs: readonly SourceRef[], t: TFunction): SourceEntry[] {
  const sources = outcomeSourcesFromDoc(doc, { now: Date.now(), translate: (key) => t(key) });
  const votes = (count: number) => t('roadmap.votes', { count });
  return refs.map((ref) => {
    const kind = t(`outcomeUi.sources.kinds.${ref.kind}`);
    const missing: SourceEntry = { ref, kind, text: t('outcomeUi.sources.missing'), details: [] };
    if (!sources) return missing;
    if (ref.kind === 'card') {
      const card = sources.cards.find((candidate) => candidate.id === ref.id);
      if (!card || card.deleted) return missing;
      return { ref, kind, text: card.text, details: [votes(card.votes), card.part, card.categoryLabel, card.held ? t('outcomeUi.sources.held') : undefined].filter(present) };
    }
    if (ref.kind === 'cluster') {
      const cluster = sources.clusters.find((candidate) => candidate.id === ref.id);
      if (!cluster) return missing;
      const cards = sources.cards.filter((card) => card.cluster === ref.id && !card.deleted);
      return { ref, kind, text: cluster.label, details: [t('outcomeUi.sources.cards', { count: cards.length })] };
    }
    if (ref.kind === 'roadmap') {
      const item = sources.roadmapItems.find((candidate) => candidate.id === ref.id);
      if (!item || item.deleted) return missing;
      return { ref, kind, text: item.title, details: [t(`roadmap.status.${item.status === 'draft' ? 'proposal' : item.status}`), votes(item.votes), item.owner, item.horizon].filter(present) };
    }
    if (ref.kind === 'question') {
      const question = sources.questions?.find((candidate) => candidate.id === ref.id);
      if (!question) return missing;
      return { ref, kind, text: question.text, details: [votes(question.votes), question.answered ? t('activities.qna.answered') : t('outcomeUi.sources.open')] };
    }
    if (ref.kind === 'competency') {
      const priority = sources.competencyPriorities.find((candidate) => candidate.id === ref.id);
      if (!priority) return missing;
      return { ref, kind, text: priority.name, details: [t('outcomeUi.sources.share', { percent: Math.round(priority.share * 100) })] };
    }
    const { attendance } = sources;
    return { ref, kind, text: t('outcomeUi.sources.register', { count: totalParticipants(attendance) }), details: [] };
  });
}

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
