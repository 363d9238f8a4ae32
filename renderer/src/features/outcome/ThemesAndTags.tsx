import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { checkSection, type OutcomeDocument } from '@shared/outcome/model';
import { setSdgTags, setThemes } from '@shared/outcome/store';
import { sdgTagPattern } from '@shared/workshop/schema';
import type { SourceRef } from '@shared/outcome/links';
import { SectionCount } from './SectionCount';
import { SourceLinks } from './SourceLinks';

type Props = { doc: Y.Doc; outcome: OutcomeDocument; themesTitle: string; themesLinks: readonly SourceRef[]; readOnly: boolean };

/** The one paragraph of suggested themes, and the SDG tags the forum is filed under. */
export function ThemesAndTags({ doc, outcome, themesTitle, themesLinks, readOnly }: Props) {
  const { t } = useTranslation();
  // Tags are typed as one line and stored only once every tag in it is valid, so a half-typed
  // "16." never reaches the document (the validator would refuse the whole outcome).
  const [draftTags, setDraftTags] = useState<string | undefined>(undefined);
  const shown = draftTags ?? outcome.sdgTags.join(', ');
  const tags = shown.split(/[,;\s]+/).filter((tag) => tag !== '');
  const bad = tags.find((tag) => !sdgTagPattern.test(tag));

  return (
    <>
      <section className="outcome-section" aria-labelledby="outcome-themes" data-testid="section-themes">
        <div className="outcome-section-head">
          <h3 id="outcome-themes">{themesTitle}</h3>
          <SectionCount check={checkSection('themes', outcome.themes)} id="outcome-themes-count" />
        </div>
        <textarea
          className="outcome-themes"
          aria-labelledby="outcome-themes"
          aria-describedby="outcome-themes-count"
          value={outcome.themes}
          readOnly={readOnly}
          rows={4}
          onChange={(event) => setThemes(doc, event.target.value)}
        />
        <SourceLinks doc={doc} refs={themesLinks} label={themesTitle} />
      </section>
      <label className="field outcome-sdg">
        <span className="field-label">{t('outcomeUi.sdgTags')}</span>
        <input
          type="text"
          value={shown}
          readOnly={readOnly}
          aria-invalid={bad !== undefined}
          aria-describedby="outcome-sdg-hint"
          onChange={(event) => {
            const next = event.target.value;
            setDraftTags(next);
            const list = next.split(/[,;\s]+/).filter((tag) => tag !== '');
            if (list.every((tag) => sdgTagPattern.test(tag))) setSdgTags(doc, list);
          }}
          onBlur={() => setDraftTags(undefined)}
        />
        <span id="outcome-sdg-hint" className={bad ? 'field-error' : 'field-hint'}>
          {bad ? t('outcomeUi.sdgInvalid', { tag: bad }) : t('outcomeUi.sdgHint')}
        </span>
      </label>
    </>
  );
}
