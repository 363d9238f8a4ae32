import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { agendaDiagramSource } from '@shared/diagram/agendaDiagram';
import { agreedRoadmap } from '@shared/outcome/picture';
import { roadmapTimelineSource } from '@shared/roadmap/diagram';
import { horizonKey } from '@shared/roadmap/horizons';
import { readWorkshop } from '@shared/workshop/doc';

/**
 * What the report's picture draws, so its caption can say exactly that: the roadmap items the
 * room agreed (never proposals or items still being worked on), or, when nothing was agreed (or
 * the format has no roadmap, as a hackathon), the session's agenda.
 */
export type TimelinePicture = { source: string; drawn: { kind: 'agreedRoadmap'; count: number } | { kind: 'agenda' } };

/** The Mermaid source of the report's picture, or undefined when there is nothing to draw. */
export function timelineSource(doc: Y.Doc, t: TFunction): TimelinePicture | undefined {
  const { meta, parts } = readWorkshop(doc);
  if (!meta || parts.length === 0) return undefined;
  const roadmap = agreedRoadmap(doc);
  if (roadmap) {
    const source = roadmapTimelineSource(roadmap.items, roadmap.granularity, {
      title: roadmap.part.title,
      horizon: (horizon) => t(horizonKey(horizon)),
      year: (year) => t('roadmap.year', { year }),
    });
    return { source, drawn: { kind: 'agreedRoadmap', count: roadmap.items.length } };
  }
  const source = agendaDiagramSource('gantt', {
    title: meta.title || t('workshop.untitled'),
    startTime: meta.startTime || '09:00',
    parts,
    dayLabel: (day) => t('agenda.day', { day }),
  });
  return { source, drawn: { kind: 'agenda' } };
}
