import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopListItem } from '../../persistence/workshops';

type AddWorkshopsProps = {
  candidates: readonly WorkshopListItem[];
  onAdd: (ids: string[]) => Promise<void>;
  onClose: () => void;
};

/** Picks stored workshops not yet in the programme. */
export function AddWorkshops({ candidates, onAdd, onClose }: AddWorkshopsProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (picked.size === 0) return;
    await onAdd([...picked]);
  }

  if (candidates.length === 0) {
    return (
      <div className="programme-add">
        <p className="muted">{t('programme.nothingToAdd')}</p>
        <button type="button" className="button" onClick={onClose}>
          {t('programme.cancel')}
        </button>
      </div>
    );
  }
  return (
    <form className="programme-add" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('programme.pick')}</legend>
        {candidates.map((workshop) => (
          <label key={workshop.id} className="programme-pick">
            <input
              type="checkbox"
              checked={picked.has(workshop.id)}
              onChange={(event) => {
                const next = new Set(picked);
                if (event.target.checked) next.add(workshop.id);
                else next.delete(workshop.id);
                setPicked(next);
              }}
            />
            <span dir="auto">{workshop.title || t('workshop.untitled')}</span>
            <span className="muted">{workshop.date}</span>
          </label>
        ))}
      </fieldset>
      <div className="programme-form-actions">
        <button type="submit" className="button button-primary" aria-disabled={picked.size === 0}>
          {t('programme.addPicked', { count: picked.size })}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('programme.cancel')}
        </button>
      </div>
    </form>
  );
}
