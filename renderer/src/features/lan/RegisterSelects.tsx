import { useTranslation } from 'react-i18next';
import { genders, stakeholderGroups, type Gender, type StakeholderGroup } from '@shared/attendance/schema';

/**
 * The register's two choices a person makes about themselves, with "not said" first: the same on
 * the join form and in "My details", so a person sees the same words in both places.
 */
type SelectProps<Value extends string> = { id?: string; value: Value | ''; onChange: (value: Value | '') => void };

export function GroupSelect({ id, value, onChange }: SelectProps<StakeholderGroup>) {
  return <ChoiceSelect id={id} value={value} onChange={onChange} options={stakeholderGroups} labelKey="attendance.groups" />;
}

export function GenderSelect({ id, value, onChange }: SelectProps<Gender>) {
  return <ChoiceSelect id={id} value={value} onChange={onChange} options={genders} labelKey="attendance.genders" />;
}

function ChoiceSelect<Value extends string>({ id, value, onChange, options, labelKey }: SelectProps<Value> & { options: readonly Value[]; labelKey: string }) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as Value | '')}>
      <option value="">{t('lan.join.notSaid')}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {t(`${labelKey}.${option}`)}
        </option>
      ))}
    </select>
  );
}
