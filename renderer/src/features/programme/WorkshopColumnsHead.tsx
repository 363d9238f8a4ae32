import { useTranslation } from 'react-i18next';
import type { WorkshopProgress } from '@shared/programme/progress';

/** The header row of a progress table: what its rows are, one column per workshop, then the
 *  whole programme. */
export function WorkshopColumnsHead({ rowLabel, workshops }: { rowLabel: string; workshops: readonly WorkshopProgress[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{rowLabel}</th>
        {workshops.map((row) => (
          <th key={row.workshopId} scope="col" dir="auto">
            {row.title || t('workshop.untitled')}
          </th>
        ))}
        <th scope="col">{t('programme.progress.programme')}</th>
      </tr>
    </thead>
  );
}
