import type * as Y from 'yjs';
import type { RoadmapActivity } from '../activities/activitySchema';
import { activityOf } from '../activities/config';
import { liveItems, readItems } from '../roadmap/items';
import type { RoadmapItem } from '../roadmap/schema';
import { readWorkshop } from '../workshop/doc';
import type { AgendaPart } from '../workshop/schema';

/**
 * What the report's picture may draw from the roadmap: only the items the room agreed, never
 * proposals or items sent back for work, because the caption tells the sponsor "what the room
 * agreed". Undefined when no roadmap part has an agreed item; the picture is then the agenda.
 */
export type AgreedRoadmap = { part: AgendaPart; granularity: RoadmapActivity['granularity']; items: RoadmapItem[] };

export function agreedRoadmap(doc: Y.Doc): AgreedRoadmap | undefined {
  const { meta, parts } = readWorkshop(doc);
  if (!meta) return undefined;
  const { items } = readItems(doc);
  for (const part of parts) {
    const activity = activityOf(part, { format: meta.format });
    if (activity.kind !== 'roadmap') continue;
    const agreed = liveItems(items, part.id).filter((item) => item.status === 'agreed');
    if (agreed.length > 0) return { part, granularity: activity.granularity, items: agreed };
  }
  return undefined;
}
