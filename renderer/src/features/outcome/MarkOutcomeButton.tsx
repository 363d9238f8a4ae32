import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isMarked, outcomeMarksRoot, setMarked, type MarkKind } from '@shared/outcome/marks';
import { useDocValue } from '../activities/useDocValue';
import './mark.css';

type MarkOutcomeButtonProps = { doc: Y.Doc; kind: MarkKind; id: string; /** Names the thing marked, for a screen reader. */ text: string };

/**
 * The facilitator's "mark as outcome" on a card, a roadmap item or a question: a toggle button
 * (aria-pressed) whose mark the outcome draft turns into a tangible outcome. It reads the marks
 * itself, so a card list memoised on the card's own content still shows a mark made elsewhere.
 */
export function MarkOutcomeButton({ doc, kind, id, text }: MarkOutcomeButtonProps) {
  const { t } = useTranslation();
  const marked = useDocValue(doc, [outcomeMarksRoot], (current) => isMarked(current, kind, id), [kind, id]);
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return (
    <button
      type="button"
      className={marked ? 'button button-small mark-outcome mark-outcome-on' : 'button button-small mark-outcome'}
      aria-pressed={marked}
      // One name whether pressed or not (the pressed state is announced): the visible words, then what it marks.
      aria-label={t('outcomeUi.mark.label', { text: short })}
      data-testid="mark-outcome"
      onClick={() => setMarked(doc, kind, id, !marked, Date.now())}
    >
      {t('outcomeUi.mark.mark')}
    </button>
  );
}
