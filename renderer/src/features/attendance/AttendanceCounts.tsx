import { useTranslation } from 'react-i18next';
import type { AttendanceCounts as Counts, Tally } from '@shared/attendance/register';
import { attendanceModes, genderKey, genders, groupKey, modeKey, notRecordedKey, stakeholderGroups } from '@shared/attendance/schema';

/** The three small tables the sponsors ask for: people by group, by gender, and by mode. */
export function AttendanceCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <section className="attendance-counts" aria-labelledby="attendance-counts-title" data-testid="attendance-counts">
      <h2 id="attendance-counts-title">{t('attendance.counts.title')}</h2>
      <p className="attendance-total" data-testid="attendance-total">
        {t('attendance.total', { count: counts.total })}
      </p>
      <div className="count-tables">
        <CountTable testId="counts-group" caption={t('attendance.counts.byGroup')} tally={counts.byGroup} keys={stakeholderGroups} label={(key) => t(groupKey(key))} />
        <CountTable testId="counts-gender" caption={t('attendance.counts.byGender')} tally={counts.byGender} keys={genders} label={(key) => t(genderKey(key))} />
        <CountTable testId="counts-mode" caption={t('attendance.counts.byMode')} tally={counts.byMode} keys={attendanceModes} label={(key) => t(modeKey(key))} />
      </div>
    </section>
  );
}

type CountTableProps<K extends string> = { caption: string; tally: Tally<K>; keys: readonly K[]; label: (key: K) => string; testId: string };

function CountTable<K extends string>({ caption, tally, keys, label, testId }: CountTableProps<K>) {
  const { t } = useTranslation();
  return (
    <table className="count-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('attendance.counts.category')}</th>
          <th scope="col">{t('attendance.counts.people')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <th scope="row">{label(key)}</th>
            <td>{tally[key]}</td>
          </tr>
        ))}
        <tr className="muted">
          <th scope="row">{t(notRecordedKey)}</th>
          <td>{tally.notRecorded}</td>
        </tr>
      </tbody>
    </table>
  );
}
