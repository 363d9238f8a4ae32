import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { agendaDiagramSource } from '@shared/diagram/agendaDiagram';
import { readWorkshop } from '@shared/workshop/doc';

/**
 * The Mermaid source of the timeline pictured in the outcome exports, or undefined when there
 * is nothing to draw. For now it is the agenda's Gantt chart: the roadmap timeline is being
 * built on another branch and will replace it here, the one place the exports ask for it.
 */
export function timelineSource(doc: Y.Doc, t: TFunction): string | undefined {
  const { meta, parts } = readWorkshop(doc);
  if (!meta || parts.length === 0) return undefined;
  return agendaDiagramSource('gantt', {
    title: meta.title || t('workshop.untitled'),
    startTime: meta.startTime || '09:00',
    parts,
    dayLabel: (day) => t('agenda.day', { day }),
  });
}
