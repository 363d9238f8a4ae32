import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { activityOf } from '@shared/activities/config';
import { agendaDiagramSource } from '@shared/diagram/agendaDiagram';
import { roadmapTimelineSource } from '@shared/roadmap/diagram';
import { horizonKey } from '@shared/roadmap/horizons';
import { liveItems, readItems } from '@shared/roadmap/items';
import { readWorkshop } from '@shared/workshop/doc';

/**
 * The Mermaid source of the timeline pictured in the outcome exports, or undefined when there
 * is nothing to draw: the roadmap's timeline (its accepted items, not open proposals) when the
 * workshop has one, otherwise the agenda's Gantt chart.
 */
export function timelineSource(doc: Y.Doc, t: TFunction): string | undefined {
  const { meta, parts } = readWorkshop(doc);
  if (!meta || parts.length === 0) return undefined;
  const { items } = readItems(doc);
  for (const part of parts) {
    const activity = activityOf(part, { format: meta.format });
    if (activity.kind !== 'roadmap') continue;
    const accepted = liveItems(items, part.id).filter((item) => item.status !== 'proposal');
    if (accepted.length === 0) continue;
    return roadmapTimelineSource(accepted, activity.granularity, {
      title: part.title,
      horizon: (horizon) => t(horizonKey(horizon)),
      year: (year) => t('roadmap.year', { year }),
    });
  }
  return agendaDiagramSource('gantt', {
    title: meta.title || t('workshop.untitled'),
    startTime: meta.startTime || '09:00',
    parts,
    dayLabel: (day) => t('agenda.day', { day }),
  });
}
