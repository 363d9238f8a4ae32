import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardsActivity } from '@shared/activities/activitySchema';
import type { BoardCard } from '@shared/activities/board';

type CardViewProps = {
  card: BoardCard;
  config: CardsActivity;
  children?: ReactNode;
  /** The facilitator drags cards into groups. */
  draggable?: boolean;
  large?: boolean;
};

/** The label of a card's category: the framework's barriers are translated, custom ones are the facilitator's words. */
export function useCategoryLabel(config: CardsActivity): (id: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (id) => {
    const category = id ? config.categories.find((item) => item.id === id) : undefined;
    if (!category) return undefined;
    return category.key ? t(category.key) : category.label;
  };
}

/** One card as everyone sees it: text, category, author when named, held and merged marks. */
export function CardView({ card, config, children, draggable, large }: CardViewProps) {
  const { t } = useTranslation();
  const category = useCategoryLabel(config)(card.category);
  return (
    <li
      className={`idea-card${card.held ? ' is-held' : ''}${large ? ' is-large' : ''}`}
      data-testid="idea-card"
      data-card-id={card.id}
      draggable={draggable}
      onDragStart={draggable ? (event) => event.dataTransfer.setData('text/plain', card.id) : undefined}
    >
      <p className="idea-text">{card.text}</p>
      <div className="idea-meta">
        {category ? <span className="badge">{category}</span> : null}
        {card.authorName ? <span>{t('activities.cards.by', { name: card.authorName })}</span> : null}
        {card.held ? (
          <span className="badge badge-warning" title={t('activities.cards.heldHint')}>
            {t('activities.cards.held')}
          </span>
        ) : null}
        {card.merged.length > 0 ? <span className="muted">{t('activities.cards.mergedTrace', { count: card.merged.length })}</span> : null}
      </div>
      {children}
    </li>
  );
}
