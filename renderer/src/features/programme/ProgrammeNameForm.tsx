import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkProgrammeName } from '@shared/programme/programme';

type ProgrammeNameFormProps = {
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
};

/** One field for a programme's name, used both to create a programme and to rename one. */
export function ProgrammeNameForm({ initial, submitLabel, onSubmit, onCancel }: ProgrammeNameFormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkProgrammeName(name);
    if (!checked.ok) {
      setError(checked.refusal.code === 'programme.nameEmpty' ? t('programme.nameEmpty') : t('programme.nameTooLong', { limit: checked.refusal.code === 'programme.nameTooLong' ? checked.refusal.limit : 0 }));
      return;
    }
    try {
      await onSubmit(checked.name);
    } catch (failure) {
      setError(t('programme.storageError', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

  return (
    <form className="programme-name-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field field-grow">
        <label htmlFor={fieldId}>{t('programme.name')}</label>
        <input id={fieldId} value={name} autoFocus placeholder={t('programme.namePlaceholder')} aria-invalid={error ? true : undefined} aria-describedby={error ? `${fieldId}-error` : undefined} onChange={(event) => setName(event.target.value)} />
        {error ? (
          <p id={`${fieldId}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="programme-form-actions">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('programme.cancel')}
        </button>
      </div>
    </form>
  );
}
