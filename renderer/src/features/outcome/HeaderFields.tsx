import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { OutcomeDocument } from '@shared/outcome/model';
import { setOutcomeField, type OutcomeHeaderField } from '@shared/outcome/store';

const fields: readonly OutcomeHeaderField[] = ['title', 'organiser', 'dateTime', 'venue'];
const maxLength: Readonly<Record<OutcomeHeaderField, number>> = { title: 300, organiser: 300, dateTime: 200, venue: 500 };

/** Title, organiser, date and time, venue: filled from the workshop's details, then free text. */
export function HeaderFields({ doc, outcome, readOnly }: { doc: Y.Doc; outcome: OutcomeDocument; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="outcome-fields">
      {fields.map((field) => (
        <label key={field} className="field">
          <span className="field-label">{t(`outcomeUi.fields.${field}`)}</span>
          <input
            type="text"
            value={outcome[field]}
            maxLength={maxLength[field]}
            readOnly={readOnly}
            data-testid={`outcome-${field}`}
            onChange={(event) => setOutcomeField(doc, field, event.target.value)}
          />
        </label>
      ))}
    </div>
  );
}
