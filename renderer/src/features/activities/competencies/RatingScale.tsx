import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingLabelKeys, ratingLevels, type Competency } from '@shared/competencies/framework';

type RatingScaleProps = { competency: Competency; level: number | undefined; onRate: (level: number | undefined) => void };

/**
 * One competency's labelled 1–5 scale as a radio group: arrow keys move along it, and every
 * level says in words what it means, so the numbers are never the only cue.
 */
export const RatingScale = memo(function RatingScale({ competency, level, onRate }: RatingScaleProps) {
  const { t } = useTranslation();
  const name = t(competency.key);
  return (
    <fieldset className="rating" data-testid="rating">
      <legend>
        <span className="rating-name">{name}</span>
        <span className="field-hint rating-description">{t(competency.descriptionKey)}</span>
      </legend>
      <div className="rating-levels">
        {ratingLevels.map((value) => (
          <label key={value} className={`rating-level${level === value ? ' is-selected' : ''}`}>
            <input type="radio" name={`rating-${competency.id}`} value={value} checked={level === value} onChange={() => onRate(value)} />
            <span className="rating-number" aria-hidden="true">
              {value}
            </span>
            <span className="rating-label">{t(ratingLabelKeys[value])}</span>
          </label>
        ))}
      </div>
      {level !== undefined ? (
        <button type="button" className="button button-small button-quiet" aria-label={t('activities.competencies.clearLabel', { name })} onClick={() => onRate(undefined)}>
          {t('activities.competencies.clear')}
        </button>
      ) : null}
    </fieldset>
  );
});
