import { useTranslation } from 'react-i18next';
import type { WorkshopListItem } from '../../persistence/workshops';
import { routeHref } from '../../app/router';
import { ExportFileButton } from '../exchange/ExportFileButton';

type WorkshopCardProps = {
  workshop: WorkshopListItem;
  onDuplicate: () => void;
  onArchive: () => void;
  onDelete: () => void;
};

export function WorkshopCard({ workshop, onDuplicate, onArchive, onDelete }: WorkshopCardProps) {
  const { t } = useTranslation();
  const title = workshop.title || t('workshop.untitled');
  return (
    <li className={`workshop-card${workshop.archived ? ' is-archived' : ''}`} data-testid="workshop-card">
      <h3 className="workshop-card-title">
        <a href={routeHref({ name: 'workshop', id: workshop.id, tab: 'agenda' })}>{title}</a>
      </h3>
      <p className="workshop-card-format">
        {t(`formats.${workshop.format}.name`)}
        {workshop.archived ? <span className="badge">{t('home.archivedBadge')}</span> : null}
        {workshop.problem ? <span className="badge badge-warning">{t('home.invalidBadge')}</span> : null}
      </p>
      <dl className="workshop-card-facts">
        <div>
          <dt className="visually-hidden">{t('details.date')}</dt>
          <dd>{workshop.date ? `${workshop.date}${workshop.startTime ? ` · ${workshop.startTime}` : ''}` : t('home.noDate')}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('details.venue')}</dt>
          <dd>{workshop.venue || t('home.noVenue')}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('agenda.heading')}</dt>
          <dd>{t('home.parts', { count: workshop.partCount })}</dd>
        </div>
      </dl>
      <div className="workshop-card-actions" role="group" aria-label={t('home.actionsFor', { title })}>
        <button type="button" className="button button-small" onClick={onDuplicate}>
          {t('home.duplicate')}
        </button>
        <ExportFileButton id={workshop.id} />
        <button type="button" className="button button-small" onClick={onArchive}>
          {workshop.archived ? t('home.unarchive') : t('home.archive')}
        </button>
        <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
          {t('home.delete')}
        </button>
      </div>
    </li>
  );
}
