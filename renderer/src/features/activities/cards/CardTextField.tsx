import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textLength } from '@shared/activities/cards';
import type { Refusal } from '@shared/activities/outcome';
import { RefusalMessage } from '../RefusalMessage';

type CardTextFieldProps = {
  label: string;
  value: string;
  limit: number;
  onChange: (text: string) => void;
  refusal: Refusal | undefined;
  hint?: string;
  rows?: number;
  autoFocus?: boolean;
};

/**
 * A textarea with a live count against the activity's limit. Typing past the limit is allowed
 * (so pasted text is not silently cut), but the count turns red and saving is refused with the
 * domain's message.
 */
export function CardTextField({ label, value, limit, onChange, refusal, hint, rows = 3, autoFocus }: CardTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const length = textLength(value.trim());
  const over = length > limit;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        // Only the Edit button asks for focus here: the field replaces the text it edits.
        autoFocus={autoFocus}
        aria-invalid={over || refusal ? true : undefined}
        aria-describedby={`${id}-count ${hint ? `${id}-hint` : ''} ${refusal ? `${id}-error` : ''}`.trim()}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="text-field-foot">
        {hint ? (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        ) : null}
        <span id={`${id}-count`} className={`char-count${over ? ' is-over' : ''}`} data-testid="char-count">
          {t('activities.cards.counter', { length, limit })}
        </span>
      </div>
      <RefusalMessage id={`${id}-error`} refusal={refusal} />
    </div>
  );
}
