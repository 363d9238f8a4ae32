import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { Granularity } from '@shared/roadmap/horizons';
import { applyTemplate } from '@shared/roadmap/template';
import { RefusalMessage } from '../activities/RefusalMessage';
import { ImportRoadmap } from './ImportRoadmap';
import { ProposeItem } from './ProposeItem';

/** How a facilitator starts the roadmap: the coalition's draft, a prepared file, or nothing.
 *  `compact` is the same choice offered later, below a roadmap that already has items. */
export function StartRoadmap({ doc, partId, actor, granularity, compact = false }: { doc: Y.Doc; partId: string; actor: Actor; granularity: Granularity; compact?: boolean }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  return (
    <div className="activity roadmap-start" data-testid="roadmap-start">
      {compact ? null : <h3>{t('roadmap.startHeading')}</h3>}
      {compact ? null : <p>{t('roadmap.startIntro')}</p>}
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          const outcome = applyTemplate(doc, partId, (key) => t(key), actor, Date.now());
          setRefusal(outcome.ok ? undefined : outcome.refusal);
        }}
      >
        {t('roadmap.useTemplate')}
      </button>
      <RefusalMessage refusal={refusal} />
      <ImportRoadmap doc={doc} partId={partId} actor={actor} />
      {compact ? null : <ProposeItem doc={doc} partId={partId} actor={actor} granularity={granularity} />}
    </div>
  );
}
