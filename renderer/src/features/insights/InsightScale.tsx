import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { dontKnow, type Insight, type InsightAnswer } from '@shared/insights/catalogue';

const choices: readonly InsightAnswer[] = [1, 2, 3, 4, 5, dontKnow];

type InsightScaleProps = { insight: Insight; answer: InsightAnswer | undefined; disabled: boolean; onAnswer: (answer: InsightAnswer | undefined) => void };

/** One insight as a radio group, 1 to 5 and "don't know", each level named in words. */
export const InsightScale = memo(function InsightScale({ insight, answer, disabled, onAnswer }: InsightScaleProps) {
  const { t } = useTranslation();
  const name = t(insight.key);
  return (
    <fieldset className="rating insight-scale" data-testid="insight" disabled={disabled}>
      <legend>
        <span className="rating-name">{name}</span>
      </legend>
      <div className="rating-levels insight-levels">
        {choices.map((value) => (
          <label key={value} className={`rating-level${answer === value ? ' is-selected' : ''}`}>
            <input type="radio" name={`insight-${insight.id}`} value={value} checked={answer === value} onChange={() => onAnswer(value)} />
            <span className="rating-number" aria-hidden="true">
              {value === dontKnow ? '?' : value}
            </span>
            <span className="rating-label">{t(`insights.levels.${value}`)}</span>
          </label>
        ))}
      </div>
      {answer !== undefined && !disabled ? (
        <button type="button" className="button button-small button-quiet" aria-label={t('insights.clearLabel', { name })} onClick={() => onAnswer(undefined)}>
          {t('insights.clear')}
        </button>
      ) : null}
    </fieldset>
  );
});
