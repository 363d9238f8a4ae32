import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { randomId } from '@shared/ids';
import { findFormat, newWorkshopFromFormat, optionalPartKeys, sessionFormats } from '@shared/workshop/formats';
import type { FormatId } from '@shared/workshop/schema';
import { createWorkshop } from '../../persistence/workshops';

type NewWorkshopDialogProps = {
  onCreated: (id: string) => void;
  onClose: () => void;
  /** More to choose before creating (what a programme carries forward), shown above the buttons. */
  children?: ReactNode;
  /** Adds to the new document before it is stored. */
  fill?: (doc: Y.Doc) => void;
};

/** Asks for a format and a title, then creates the workshop with that format's agenda. */
export function NewWorkshopDialog({ onCreated, onClose, children, fill }: NewWorkshopDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<FormatId>('forum3');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Optional steps (the forum's dot vote) are kept unless the facilitator unticks them.
  const [leaveOut, setLeaveOut] = useState<readonly string[]>([]);
  const optionalSteps = optionalPartKeys(findFormat(format));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('create.titleRequired'));
      return;
    }
    setBusy(true);
    try {
      const workshop = newWorkshopFromFormat(
        { id: randomId(), format, title: title.trim(), language: i18n.language, date, now: Date.now(), leaveOut },
        (key) => t(key),
      );
      onCreated(await createWorkshop(workshop, fill));
    } catch (failure) {
      setError(t('create.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby="new-workshop-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="new-workshop-title">{t('create.title')}</h2>
        <fieldset className="format-choices">
          <legend>{t('create.chooseFormat')}</legend>
          {sessionFormats.map((option) => (
            <label key={option.id} className={`format-choice${format === option.id ? ' is-selected' : ''}`}>
              <input type="radio" name="format" value={option.id} checked={format === option.id} onChange={() => setFormat(option.id)} />
              <span className="format-name">{t(`formats.${option.id}.name`)}</span>
              <span className="format-length">{t(`formats.${option.id}.length`)}</span>
              <span className="format-summary">{t(`formats.${option.id}.summary`)}</span>
            </label>
          ))}
        </fieldset>
        {optionalSteps.map((key) => (
          <label key={key} className="format-option">
            <input
              type="checkbox"
              checked={!leaveOut.includes(key)}
              onChange={(event) => setLeaveOut((current) => (event.target.checked ? current.filter((k) => k !== key) : [...current, key]))}
            />
            <span>{t(`formats.${format}.parts.${key}.offer`)}</span>
          </label>
        ))}
        <div className="field">
          <label htmlFor="new-title">{t('create.workshopTitle')}</label>
          <input
            id="new-title"
            value={title}
            maxLength={200}
            placeholder={t('create.titlePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-error' : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(undefined);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="new-date">{t('create.date')}</label>
          <input id="new-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        {children}
        {error ? (
          <p id="new-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('create.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('create.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
