import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { removeParticipant, restoreParticipant, updateParticipant } from '@shared/attendance/register';
import type { Participant } from '@shared/attendance/schema';
import { genderKey, groupKey, modeKey } from '@shared/attendance/schema';
import { useToast } from '../../ui/ToastProvider';
import { ParticipantForm } from './ParticipantForm';

type ParticipantTableProps = { doc: Y.Doc; participants: Participant[]; readOnly: boolean };

/** The register itself. A row opens into a form to edit it; removing can be undone from the toast. */
export function ParticipantTable({ doc, participants, readOnly }: ParticipantTableProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<string>();
  const columns = readOnly ? 7 : 8;

  function remove(person: Participant) {
    if (!removeParticipant(doc, person.id, Date.now()).ok) return;
    toast({ message: t('attendance.table.removed', { name: person.name }), actionLabel: t('attendance.table.undo'), onAction: () => restoreParticipant(doc, person.id) });
  }

  return (
    <div className="table-scroll">
      <table className="register-table" data-testid="register-table">
        <caption className="visually-hidden">{t('attendance.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.fields.name')}</th>
            <th scope="col">{t('attendance.fields.organisation')}</th>
            <th scope="col">{t('attendance.fields.group')}</th>
            <th scope="col">{t('attendance.fields.gender')}</th>
            <th scope="col">{t('attendance.fields.country')}</th>
            <th scope="col">{t('attendance.fields.mode')}</th>
            <th scope="col">{t('attendance.fields.email')}</th>
            {readOnly ? null : <th scope="col">{t('attendance.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {participants.map((person) =>
            editing === person.id ? (
              <tr key={person.id}>
                <td colSpan={columns}>
                  <h3 className="visually-hidden">{t('attendance.table.editing', { name: person.name })}</h3>
                  <ParticipantForm
                    initial={person}
                    submitLabel={t('attendance.form.save')}
                    onCancel={() => setEditing(undefined)}
                    onSubmit={(input) => {
                      const result = updateParticipant(doc, person.id, input);
                      if (!result.ok) return result.refusal;
                      setEditing(undefined);
                      return undefined;
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={person.id} data-testid="register-row">
                <th scope="row">{person.name}</th>
                <td>{person.organisation}</td>
                <td>{person.group ? t(groupKey(person.group)) : ''}</td>
                <td>{person.gender ? t(genderKey(person.gender)) : ''}</td>
                <td>{person.country}</td>
                <td>{person.mode ? t(modeKey(person.mode)) : ''}</td>
                <td className="register-email">{person.email ?? ''}</td>
                {readOnly ? null : (
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button button-small" aria-label={t('attendance.table.editLabel', { name: person.name })} onClick={() => setEditing(person.id)}>
                        {t('attendance.table.edit')}
                      </button>
                      <button type="button" className="button button-small button-danger-quiet" aria-label={t('attendance.table.removeLabel', { name: person.name })} onClick={() => remove(person)}>
                        {t('attendance.table.remove')}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
