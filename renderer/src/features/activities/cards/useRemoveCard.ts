import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteCard, restoreCard } from '@shared/activities/cards';
import type { Actor } from '@shared/activities/outcome';
import { useToast } from '../../../ui/ToastProvider';

/** Deletes a card (softly) and offers Undo in a toast: the same for its author and the facilitator. */
export function useRemoveCard(doc: Y.Doc, actor: Actor): (cardId: string) => void {
  const { t } = useTranslation();
  const toast = useToast();
  return (cardId) => {
    if (!deleteCard(doc, cardId, actor, Date.now()).ok) return;
    toast({ message: t('activities.cards.deleted'), actionLabel: t('activities.undo'), onAction: () => restoreCard(doc, cardId, actor) });
  };
}
