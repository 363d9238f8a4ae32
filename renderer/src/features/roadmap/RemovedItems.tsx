import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { restoreItem, unmergeItem } from '@shared/roadmap/items';
import type { RoadmapItem } from '@shared/roadmap/schema';

/** Deleted and merged items of the part, each with the way back: deletes and merges are soft
 *  so that a hurried click in front of the room costs nothing. Facilitator only. */
export function RemovedItems({ doc, partId, all, actor }: { doc: Y.Doc; partId: string; all: ReadonlyMap<string, RoadmapItem>; actor: Actor }) {
  const { t } = useTranslation();
  const removed = [...all.values()].filter((item) => item.partId === partId && (item.deletedAt !== undefined || item.mergedInto !== undefined));
  if (removed.length === 0) return null;
  return (
    <details className="roadmap-more" data-testid="removed-items">
      <summary>{t('roadmap.removed', { count: removed.length })}</summary>
      <ul className="roadmap-removed">
        {removed.map((item) => (
          <li key={item.id}>
            <span>{item.deletedAt !== undefined ? t('roadmap.deletedItem', { title: item.title }) : t('roadmap.mergedItem', { title: item.title, into: all.get(item.mergedInto ?? '')?.title ?? '' })}</span>
            <button type="button" className="button button-small" onClick={() => (item.deletedAt !== undefined ? restoreItem(doc, item.id, actor) : unmergeItem(doc, item.id, actor))}>
              {item.deletedAt !== undefined ? t('roadmap.restoreItem') : t('roadmap.unmerge')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
