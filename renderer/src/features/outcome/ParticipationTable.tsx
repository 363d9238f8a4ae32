import { useTranslation } from 'react-i18next';
import { participationRows } from '@shared/outcome/blocks';
import type { OutcomeLabels } from '@shared/outcome/labels';
import type { ParticipationFigures } from '@shared/outcome/model';
import { totalParticipants } from '@shared/outcome/model';

type Props = { figures: ParticipationFigures; labels: OutcomeLabels; onRefresh?: (() => void) | undefined };

/**
 * Who took part, with the very rows the report prints (shared/outcome/blocks.ts), so what the
 * organiser checks here is what the sponsor reads.
 */
export function ParticipationTable({ figures, labels, onRefresh }: Props) {
  const { t } = useTranslation();
  const names = labels.participation;
  return (
    <div className="outcome-figures" data-testid="participation">
      <h4>{t('outcomeUi.participation.heading')}</h4>
      {totalParticipants(figures) === 0 ? <p className="muted">{t('outcomeUi.participation.none')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{names.figure}</th>
            <th scope="col">{names.count}</th>
          </tr>
        </thead>
        <tbody>
          {participationRows(figures, labels).map((row, index) =>
            row.group ? (
              <tr key={index} className="group">
                <td colSpan={2}>{row.label}</td>
              </tr>
            ) : (
              <tr key={index} className={row.label === names.total ? 'group' : undefined}>
                <td>{row.label}</td>
                <td className="count">{row.count}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <p className="field-hint">{t('outcomeUi.participation.hint')}</p>
      {onRefresh ? (
        <button type="button" className="button button-small" onClick={onRefresh}>
          {t('outcomeUi.participation.refresh')}
        </button>
      ) : null}
    </div>
  );
}
