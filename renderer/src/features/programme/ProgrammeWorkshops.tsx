import { useTranslation } from 'react-i18next';
import type { WorkshopFacts } from '@shared/programme/workshopFacts';
import { routeHref } from '../../app/router';
import type { WorkshopListItem } from '../../persistence/workshops';

type ProgrammeWorkshopsProps = {
  rows: readonly WorkshopListItem[];
  facts: ReadonlyMap<string, WorkshopFacts>;
  onRemove: (workshop: WorkshopListItem) => void;
};

/** The programme's workshops in date order: where, how, how many came and how far it got. */
export function ProgrammeWorkshops({ rows, facts, onRemove }: ProgrammeWorkshopsProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="programme-table" data-testid="programme-workshops">
        <thead>
          <tr>
            <th scope="col">{t('programme.columns.workshop')}</th>
            <th scope="col">{t('programme.columns.date')}</th>
            <th scope="col">{t('programme.columns.place')}</th>
            <th scope="col">{t('programme.columns.format')}</th>
            <th scope="col">{t('programme.columns.attendance')}</th>
            <th scope="col">{t('programme.columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('programme.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = row.title || t('workshop.untitled');
            const fact = facts.get(row.id);
            return (
              <tr key={row.id}>
                <th scope="row" dir="auto">
                  <a href={routeHref({ name: 'workshop', id: row.id, tab: 'agenda' })}>{title}</a>
                </th>
                <td>{row.date || t('home.noDate')}</td>
                <td dir="auto">{row.venue || t('home.noVenue')}</td>
                <td>{t(`formats.${row.format}.name`)}</td>
                <td>{fact ? fact.attendance : '…'}</td>
                <td>{fact ? t(`programme.status.${fact.status}`) : '…'}</td>
                <td>
                  <button type="button" className="button button-small" onClick={() => onRemove(row)} aria-label={t('programme.removeFrom', { title })}>
                    {t('programme.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
