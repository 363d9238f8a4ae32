import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { readHistory, restoreVersion } from '@shared/roadmap/history';
import { horizonKey } from '@shared/roadmap/horizons';
import { plainText } from '@shared/roadmap/richText';
import { useDocValue } from '../activities/useDocValue';
import { roadmapRoot } from '@shared/roadmap/schema';

/**
 * Who changed an item and when, newest first, each with what it touched; the facilitator can
 * put any earlier version back. Read only while the section is open (it re-reads on every
 * change to the roadmap, keystrokes included, which is fine for one item).
 */
export function History({ doc, itemId, actor }: { doc: Y.Doc; itemId: string; actor: Actor }) {
  const { t, i18n } = useTranslation();
  const versions = useDocValue(doc, [roadmapRoot], (current) => readHistory(current, itemId), [itemId]);
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <ol className="roadmap-history" data-testid="item-history">
      {[...versions].reverse().map((version, index) => (
        <li key={version.id} className="history-entry" data-testid="history-entry">
          <p>
            <strong>{version.byName || t('roadmap.someone')}</strong> · {time.format(version.at)} · {version.changed.map((field) => t(`roadmap.changed.${field}`)).join(', ')}
          </p>
          <p className="muted">
            {version.title} · {t(horizonKey(version.horizon))} · {t(`roadmap.status.${version.status}`)}
            {version.owner ? ` · ${version.owner}` : ''}
          </p>
          <p className="muted history-text">{plainText(version.description).slice(0, 160)}</p>
          {actor.role === 'facilitator' && index > 0 ? (
            <button type="button" className="button button-small" onClick={() => restoreVersion(doc, itemId, version.id, actor, Date.now())}>
              {t('roadmap.restore')}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
