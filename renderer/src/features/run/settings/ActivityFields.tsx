import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { randomId } from '@shared/ids';
import { activityOf, cardLengthBounds, type ActivityConfig, type CardCategory } from '@shared/activities/config';
import type { AgendaPart } from '@shared/workshop/schema';
import { ValidatedField } from '../../../ui/ValidatedField';

type ActivityFieldsProps = {
  config: ActivityConfig;
  readOnly: boolean;
  onChange: (next: ActivityConfig) => void;
  /** The agenda's other parts, read only when a vote's source list is drawn. */
  otherParts: () => AgendaPart[];
};

const whole = /^\d{1,4}$/;

/** The options of the chosen activity; each change is saved at once through `onChange`. */
export function ActivityFields({ config, readOnly, onChange, otherParts }: ActivityFieldsProps) {
  const { t } = useTranslation();
  const between = (min: number, max: number, message: string) => (draft: string) =>
    whole.test(draft.trim()) && Number(draft) >= min && Number(draft) <= max ? undefined : message;
  const lengthCheck = between(cardLengthBounds.min, cardLengthBounds.max, t('activitySettings.maxLengthError', { min: cardLengthBounds.min, max: cardLengthBounds.max }));
  const dotCheck = between(1, 20, t('activitySettings.dotsError'));

  switch (config.kind) {
    case 'none':
    case 'teams':
    case 'sprint':
    case 'submissions':
    case 'judging':
      // The hackathon's rules apply across its parts: they are set on the Hackathon tab.
      return null;
    case 'cards':
    case 'qna':
      return (
        <div className="activity-fields">
          <ValidatedField label={t('activitySettings.maxLength')} value={String(config.maxLength)} inputMode="numeric" disabled={readOnly} validate={lengthCheck} onCommit={(draft) => onChange({ ...config, maxLength: Number(draft) })} />
          <Check label={t('activitySettings.anonymous')} checked={config.anonymous} disabled={readOnly} onChange={(anonymous) => onChange({ ...config, anonymous })} />
          {config.kind === 'cards' ? (
            <>
              <Check label={t('activitySettings.holdNew')} checked={config.holdNew} disabled={readOnly} onChange={(holdNew) => onChange({ ...config, holdNew })} />
              <CategoriesField categories={config.categories} disabled={readOnly} onChange={(categories) => onChange({ ...config, categories })} />
            </>
          ) : null}
        </div>
      );
    case 'insights':
      return (
        <div className="activity-fields">
          <Check label={t('activitySettings.insightsAnonymous')} checked={config.anonymous} disabled={readOnly} onChange={(anonymous) => onChange({ ...config, anonymous })} />
        </div>
      );
    case 'roadmap':
      return (
        <div className="activity-fields">
          <ValidatedField label={t('activitySettings.dots')} value={String(config.dots)} inputMode="numeric" disabled={readOnly} validate={dotCheck} onCommit={(draft) => onChange({ ...config, dots: Number(draft) })} />
          <ValidatedField label={t('activitySettings.maxPerOption')} value={String(config.maxPerOption)} inputMode="numeric" disabled={readOnly} validate={dotCheck} onCommit={(draft) => onChange({ ...config, maxPerOption: Number(draft) })} />
          <Check label={t('activitySettings.hiddenUntilClosed')} checked={config.hiddenUntilClosed} disabled={readOnly} onChange={(hiddenUntilClosed) => onChange({ ...config, hiddenUntilClosed })} />
          <Select label={t('activitySettings.granularity')} value={config.granularity} disabled={readOnly} onChange={(granularity) => onChange({ ...config, granularity: granularity === 'quarters' ? 'quarters' : 'halves' })}>
            <option value="halves">{t('activitySettings.granularities.halves')}</option>
            <option value="quarters">{t('activitySettings.granularities.quarters')}</option>
          </Select>
        </div>
      );
    case 'dots':
    case 'competencies': {
      const rules: ReactNode = (
        <>
          <ValidatedField label={t('activitySettings.dots')} value={String(config.dots)} inputMode="numeric" disabled={readOnly} validate={dotCheck} onCommit={(draft) => onChange({ ...config, dots: Number(draft) })} />
          <ValidatedField label={t('activitySettings.maxPerOption')} value={String(config.maxPerOption)} inputMode="numeric" disabled={readOnly} validate={dotCheck} onCommit={(draft) => onChange({ ...config, maxPerOption: Number(draft) })} />
          <Check label={t('activitySettings.hiddenUntilClosed')} checked={config.hiddenUntilClosed} disabled={readOnly} onChange={(hiddenUntilClosed) => onChange({ ...config, hiddenUntilClosed })} />
        </>
      );
      if (config.kind === 'dots') {
        const sources = otherParts().filter((part) => activityOf(part).kind === 'cards');
        return (
          <div className="activity-fields">
            {rules}
            <Select label={t('activitySettings.source')} value={config.sourcePartId} disabled={readOnly} onChange={(sourcePartId) => onChange({ ...config, sourcePartId })}>
              <option value="">{t('activitySettings.sourceNearest')}</option>
              {sources.map((part) => (
                <option key={part.id} value={part.id}>
                  {part.title || t('agenda.newPartTitle')}
                </option>
              ))}
            </Select>
          </div>
        );
      }
      return (
        <div className="activity-fields">
          <Check label={t('activitySettings.prioritise')} checked={config.prioritise} disabled={readOnly} onChange={(prioritise) => onChange({ ...config, prioritise })} />
          {config.prioritise ? rules : null}
          <Check label={t('activitySettings.selfAssess')} checked={config.selfAssess} disabled={readOnly} onChange={(selfAssess) => onChange({ ...config, selfAssess })} />
          <Select label={t('activitySettings.round')} value={config.round} disabled={readOnly} onChange={(round) => onChange({ ...config, round: round === 'after' ? 'after' : 'before' })}>
            <option value="before">{t('activitySettings.rounds.before')}</option>
            <option value="after">{t('activitySettings.rounds.after')}</option>
          </Select>
        </div>
      );
    }
  }
}

function Check({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="activity-check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

function Select(props: { label: string; value: string; disabled: boolean; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(event) => props.onChange(event.target.value)}>
        {props.children}
      </select>
    </div>
  );
}

/**
 * Categories as one line each. A built-in category (a framework barrier) shows in the reader's
 * language and keeps its key while its line is unchanged; a line typed anew becomes the
 * facilitator's own label. Saved when the field loses focus, so half-typed lines are not stored.
 */
function CategoriesField({ categories, disabled, onChange }: { categories: readonly CardCategory[]; disabled: boolean; onChange: (next: CardCategory[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const labelOf = (category: CardCategory) => (category.key ? t(category.key) : (category.label ?? ''));
  const text = categories.map(labelOf).join('\n');
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);

  function commit() {
    const lines = draft.split('\n').map((line) => line.trim().slice(0, 80)).filter((line) => line !== '').slice(0, 12);
    const next = lines.map((line) => categories.find((category) => labelOf(category) === line) ?? { id: randomId(), label: line });
    if (next.map(labelOf).join('\n') !== text) onChange(next);
    else setDraft(text);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('activitySettings.categories')}</label>
      <textarea id={id} rows={Math.max(2, Math.min(6, categories.length + 1))} value={draft} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => setDraft(event.target.value)} onBlur={commit} />
      <span id={`${id}-hint`} className="field-hint">
        {t('activitySettings.categoriesHint')}
      </span>
    </div>
  );
}
