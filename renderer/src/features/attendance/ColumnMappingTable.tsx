import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/attendance/import';
import type { ColumnMapping, ImportField } from '@shared/attendance/mapping';
import { importFieldKey, importFields } from '@shared/attendance/mapping';

type ColumnMappingTableProps = { preview: ImportPreview; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void };

/**
 * One row per column of the file: its header, a few sample values, and a select saying which
 * register field it fills. Each field takes one column, so picking a field for one column frees
 * it from any other.
 */
export function ColumnMappingTable({ preview, mapping, onChange }: ColumnMappingTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldOf = (column: number) => importFields.find((field) => mapping[field] === column);

  function assign(column: number, field: ImportField | '') {
    const next: ColumnMapping = {};
    for (const [key, value] of Object.entries(mapping) as [ImportField, number][]) if (value !== column && key !== field) next[key] = value;
    if (field) next[field] = column;
    onChange(next);
  }

  return (
    <div className="table-scroll">
      <table className="mapping-table" data-testid="column-mapping">
        <caption>{t('attendance.import.mapping')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.import.column')}</th>
            <th scope="col">{t('attendance.import.sample')}</th>
            <th scope="col">{t('attendance.import.field')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, column) => (
            <tr key={column}>
              <th scope="row">
                <label htmlFor={`${id}-${column}`}>{header || `#${column + 1}`}</label>
              </th>
              <td className="mapping-sample">
                {preview.sample
                  .map((row) => row.cells[column] ?? '')
                  .filter(Boolean)
                  .slice(0, 3)
                  .join(' · ')}
              </td>
              <td>
                <select id={`${id}-${column}`} value={fieldOf(column) ?? ''} onChange={(event) => assign(column, event.target.value as ImportField | '')}>
                  <option value="">{t('attendance.import.skip')}</option>
                  {importFields.map((field) => (
                    <option key={field} value={field}>
                      {t(importFieldKey(field))}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
