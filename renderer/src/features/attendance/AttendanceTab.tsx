import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addParticipant } from '@shared/attendance/register';
import { useToast } from '../../ui/ToastProvider';
import { CoalitionPanel } from '../coalition/CoalitionPanel';
import { AttendanceCounts } from './AttendanceCounts';
import { CsvImport } from './CsvImport';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantTable } from './ParticipantTable';
import { useRegister } from './useRegister';
import './attendance.css';

type AttendanceTabProps = { doc: Y.Doc; readOnly: boolean };

/** The attendance register of a workshop: quick add, import, the table and live counts. */
export function AttendanceTab({ doc, readOnly }: AttendanceTabProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { participants, counts } = useRegister(doc);

  return (
    <div className="attendance">
      <h2 className="visually-hidden">{t('attendance.title')}</h2>
      <p className="muted">{t('attendance.intro')}</p>
      <AttendanceCounts counts={counts} />
      <div className="attendance-main">
        {readOnly ? (
          <p className="notice notice-warning">{t('attendance.readOnly')}</p>
        ) : (
          <section className="quick-add" aria-labelledby="quick-add-title">
            <h2 id="quick-add-title">{t('attendance.add.title')}</h2>
            <ParticipantForm
              testId="quick-add"
              submitLabel={t('attendance.add.submit')}
              resetOnSuccess
              onSubmit={(input) => {
                const result = addParticipant(doc, input, Date.now());
                if (!result.ok) return result.refusal;
                toast({ message: t('attendance.add.added', { name: input.name.trim() }) });
                return undefined;
              }}
            />
          </section>
        )}
        {participants.length === 0 ? <p className="empty-state">{t('attendance.empty')}</p> : <ParticipantTable doc={doc} participants={participants} readOnly={readOnly} />}
        {readOnly ? null : <CsvImport doc={doc} />}
        <CoalitionPanel doc={doc} readOnly={readOnly} />
      </div>
    </div>
  );
}
