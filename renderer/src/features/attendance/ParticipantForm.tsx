import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '@shared/activities/outcome';
import type { ParticipantInput } from '@shared/attendance/register';
import { attendanceModes, genderKey, genders, groupKey, modeKey, stakeholderGroups } from '@shared/attendance/schema';

type ParticipantFormProps = {
  initial?: ParticipantInput;
  submitLabel: string;
  /** Returns the refusal to show, or nothing when the entry was stored. */
  onSubmit: (input: ParticipantInput) => Refusal | undefined;
  onCancel?: () => void;
  /** Cleared after a successful quick add, kept after an edit (the form closes anyway). */
  resetOnSuccess?: boolean;
  testId?: string;
};

const blank: ParticipantInput = { name: '', organisation: '', country: '', email: '', emailConsent: false };

/** One person's details: the quick-add row and the edit form of a table row. */
export function ParticipantForm({ initial, submitLabel, onSubmit, onCancel, resetOnSuccess, testId }: ParticipantFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ParticipantInput>(initial ?? blank);
  const [refusal, setRefusal] = useState<Refusal>();
  const nameInput = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<ParticipantInput>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = onSubmit(draft);
    setRefusal(problem);
    if (!problem && resetOnSuccess) {
      setDraft(blank);
      // Back to the name, ready for the next person at the door.
      nameInput.current?.focus();
    }
  }

  const field = (name: keyof ParticipantInput) => `${id}-${name}`;
  const emailProblem = refusal?.code === 'participants.badEmail' || refusal?.code === 'participants.emailWithoutConsent';
  return (
    <form className="participant-form" onSubmit={submit} data-testid={testId} noValidate>
      <div className="field">
        <label htmlFor={field('name')}>{t('attendance.fields.name')}</label>
        <input id={field('name')} ref={nameInput} value={draft.name} autoComplete="off" aria-invalid={refusal?.code.startsWith('participants.name') ? true : undefined} onChange={(e) => set({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('organisation')}>{t('attendance.fields.organisation')}</label>
        <input id={field('organisation')} value={draft.organisation ?? ''} autoComplete="off" onChange={(e) => set({ organisation: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('group')}>{t('attendance.fields.group')}</label>
        <select id={field('group')} value={draft.group ?? ''} onChange={(e) => set({ group: (e.target.value || undefined) as ParticipantInput['group'] })}>
          <option value="">{t('attendance.form.notRecorded')}</option>
          {stakeholderGroups.map((group) => (
            <option key={group} value={group}>
              {t(groupKey(group))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('gender')}>{t('attendance.fields.gender')}</label>
        <select id={field('gender')} value={draft.gender ?? ''} onChange={(e) => set({ gender: (e.target.value || undefined) as ParticipantInput['gender'] })}>
          <option value="">{t('attendance.form.notRecorded')}</option>
          {genders.map((gender) => (
            <option key={gender} value={gender}>
              {t(genderKey(gender))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('country')}>{t('attendance.fields.country')}</label>
        <input id={field('country')} value={draft.country ?? ''} autoComplete="off" onChange={(e) => set({ country: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('mode')}>{t('attendance.fields.mode')}</label>
        <select id={field('mode')} value={draft.mode ?? ''} onChange={(e) => set({ mode: (e.target.value || undefined) as ParticipantInput['mode'] })}>
          <option value="">{t('attendance.form.notRecorded')}</option>
          {attendanceModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(modeKey(mode))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('email')}>{t('attendance.fields.email')}</label>
        <input id={field('email')} type="email" value={draft.email ?? ''} autoComplete="off" aria-invalid={emailProblem ? true : undefined} aria-describedby={`${field('email')}-hint`} onChange={(e) => set({ email: e.target.value })} />
        <span id={`${field('email')}-hint`} className="field-hint">
          {t('attendance.form.emailHint')}
        </span>
      </div>
      <label className="check-field">
        <input type="checkbox" checked={draft.emailConsent === true} onChange={(e) => set({ emailConsent: e.target.checked })} />
        {t('attendance.form.consent')}
      </label>
      {refusal ? (
        <p className="field-error participant-form-error" role="alert">
          {t(refusal.code, refusal)}
        </p>
      ) : null}
      <div className="participant-form-actions">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('attendance.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
