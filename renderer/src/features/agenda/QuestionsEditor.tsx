import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { updatePart } from '@shared/workshop/doc';
import type { AgendaPart } from '@shared/workshop/schema';

type QuestionsEditorProps = { doc: Y.Doc; part: AgendaPart; readOnly: boolean };

/** The guiding questions of one part: edit, add, remove. */
export function QuestionsEditor({ doc, part, readOnly }: QuestionsEditorProps) {
  const { t } = useTranslation();
  const setQuestions = (questions: string[]) => updatePart(doc, part.id, { questions });
  return (
    <fieldset className="questions">
      <legend>{t('agenda.questions')}</legend>
      {part.questions.map((question, index) => (
        <div className="question-row" key={index}>
          <label className="visually-hidden" htmlFor={`q-${part.id}-${index}`}>
            {t('agenda.question', { number: index + 1 })}
          </label>
          <textarea
            id={`q-${part.id}-${index}`}
            rows={2}
            value={question}
            maxLength={1000}
            disabled={readOnly}
            onChange={(event) => setQuestions(part.questions.map((existing, at) => (at === index ? event.target.value : existing)))}
          />
          {!readOnly ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('agenda.removeQuestion', { number: index + 1 })}
              onClick={() => setQuestions(part.questions.filter((_, at) => at !== index))}
            >
              ×
            </button>
          ) : null}
        </div>
      ))}
      {!readOnly ? (
        <button type="button" className="button button-small button-quiet" onClick={() => setQuestions([...part.questions, ''])}>
          + {t('agenda.addQuestion')}
        </button>
      ) : null}
    </fieldset>
  );
}
