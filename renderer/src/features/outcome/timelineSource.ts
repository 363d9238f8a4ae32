import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { AgendaPictureInput } from '@shared/outcome/agendaPicture';
import type { PictureGroup } from '@shared/outcome/roadmapPicture';
import { agreedRoadmap } from '@shared/outcome/picture';
import { columnOf, columnsFor, horizonKey } from '@shared/roadmap/horizons';
import { readWorkshop } from '@shared/workshop/doc';

/**
 * What the report's picture draws, so its caption can say exactly that: the roadmap items the
 * room agreed, one card per horizon (never proposals or items still being worked on), or, when
 * nothing was agreed (or the format has no roadmap, as a hackathon), the session's agenda as a
 * Gantt chart (shared/outcome/agendaPicture.ts). Both are drawn by us, never by Mermaid, so
 * their printed text size is known.
 */
export type TimelinePicture =
  | { drawn: { kind: 'agreedRoadmap'; count: number }; groups: PictureGroup[] }
  | { drawn: { kind: 'agenda' }; agenda: Omit<AgendaPictureInput, 'direction'> };

/**
 * The report's picture, or undefined when there is nothing to draw. `t` speaks the report's
 * language, so the horizons read as the caption does.
 */
export function timelineSource(doc: Y.Doc, t: TFunction): TimelinePicture | undefined {
  const { meta, parts } = readWorkshop(doc);
  if (!meta || parts.length === 0) return undefined;
  const roadmap = agreedRoadmap(doc);
  if (roadmap) {
    const groups = columnsFor(roadmap.granularity).map((column) => ({
      label: t(horizonKey(column)),
      items: roadmap.items.filter((item) => columnOf(item.horizon, roadmap.granularity) === column).map((item) => item.title),
    }));
    return { drawn: { kind: 'agreedRoadmap', count: roadmap.items.length }, groups: groups.filter((group) => group.items.length > 0) };
  }
  return { drawn: { kind: 'agenda' }, agenda: { startTime: meta.startTime || '09:00', parts, dayLabel: (day) => t('agenda.day', { day }) } };
}
