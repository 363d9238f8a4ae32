import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { SourceRef } from '@shared/outcome/links';
import { describeSources, type SourceEntry } from './describeSources';

type SourceLinksProps = { doc: Y.Doc; refs: readonly SourceRef[]; /** Names the line, for a screen reader. */ label: string };

/**
 * Under a drafted line: "Sources", which opens to show the cards, items and questions the line
 * was drafted from, with the figures it used, so the organiser can check it before sending.
 * A native disclosure: keyboard and screen readers get it for free.
 */
export function SourceLinks({ doc, refs, label }: SourceLinksProps) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<SourceEntry[]>();
  if (refs.length === 0) return null;
  return (
    <details className="outcome-sources" data-testid="outcome-sources" onToggle={(event) => setEntries(event.currentTarget.open ? describeSources(doc, refs, t) : undefined)}>
      <summary>
        {t('outcomeUi.sources.summary')}
        <span className="visually-hidden">{t('outcomeUi.sources.of', { line: label })}</span>
      </summary>
      {entries ? (
        <ul>
          {entries.map((entry) => (
            <li key={`${entry.ref.kind}:${entry.ref.id}`} data-source-kind={entry.ref.kind}>
              <strong>{entry.kind}</strong> <q dir="auto">{entry.text}</q>
              {entry.details.length > 0 ? <span className="muted"> · {entry.details.join(' · ')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
