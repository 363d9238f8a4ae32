import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isClock } from '@shared/agenda/clock';
import { setMeta } from '@shared/workshop/doc';
import { formatIds, sdgTagPattern, type WorkshopMeta } from '@shared/workshop/schema';
import { ValidatedField } from '../../ui/ValidatedField';
import { SessionRoles } from './SessionRoles';
import { sessionLanguages } from './sessionLanguages';

type DetailsFormProps = { doc: Y.Doc; meta: WorkshopMeta; readOnly: boolean };

function parseTags(draft: string): string[] {
  return draft
    .split(/[,;\s]+/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The workshop's details. Every change is saved as it is typed; invalid input is held back with a message. */
export function DetailsForm({ doc, meta, readOnly }: DetailsFormProps) {
  const { t } = useTranslation();
  const validateTime = (required: boolean) => (draft: string) =>
    (draft.trim() === '' && !required) || isClock(draft) ? undefined : t('details.errors.time');
  const validateTags = (draft: string) => {
    const bad = parseTags(draft).find((tag) => !sdgTagPattern.test(tag));
    return bad ? t('details.errors.sdg', { tag: bad }) : undefined;
  };

  return (
    <form className="details-form" onSubmit={(event) => event.preventDefault()} aria-label={t('workshop.tabs.details')}>
      <div className="field field-wide">
        <label htmlFor="meta-title">{t('details.title')}</label>
        <input id="meta-title" value={meta.title} maxLength={200} disabled={readOnly} onChange={(event) => setMeta(doc, { title: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="meta-format">{t('details.format')}</label>
        <select id="meta-format" value={meta.format} disabled={readOnly} onChange={(event) => setMeta(doc, { format: event.target.value as WorkshopMeta['format'] })}>
          {formatIds.map((id) => (
            <option key={id} value={id}>
              {t(`formats.${id}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="meta-date">{t('details.date')}</label>
        <input id="meta-date" type="date" value={meta.date} disabled={readOnly} onChange={(event) => setMeta(doc, { date: event.target.value })} />
      </div>
      <ValidatedField
        label={t('details.startTime')}
        hint={t('details.timeHint')}
        value={meta.startTime}
        disabled={readOnly}
        testId="meta-start"
        validate={validateTime(true)}
        onCommit={(draft) => setMeta(doc, { startTime: draft.trim() })}
      />
      <ValidatedField
        label={t('details.endTime')}
        hint={t('details.endTimeHint')}
        value={meta.endTime}
        disabled={readOnly}
        testId="meta-end"
        validate={validateTime(false)}
        onCommit={(draft) => setMeta(doc, { endTime: draft.trim() })}
      />
      <div className="field field-wide">
        <label htmlFor="meta-venue">{t('details.venue')}</label>
        <input id="meta-venue" value={meta.venue} maxLength={300} disabled={readOnly} onChange={(event) => setMeta(doc, { venue: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="meta-organiser">{t('details.organiser')}</label>
        <input id="meta-organiser" value={meta.organiser} maxLength={300} disabled={readOnly} onChange={(event) => setMeta(doc, { organiser: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="meta-language">{t('details.language')}</label>
        <select id="meta-language" value={meta.language} disabled={readOnly} onChange={(event) => setMeta(doc, { language: event.target.value })}>
          {sessionLanguages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.autonym}
            </option>
          ))}
        </select>
      </div>
      <ValidatedField
        className="field-wide"
        label={t('details.sdgTags')}
        hint={t('details.sdgHint')}
        value={meta.sdgTags.join(', ')}
        disabled={readOnly}
        validate={validateTags}
        onCommit={(draft) => setMeta(doc, { sdgTags: parseTags(draft) })}
      />
      <SessionRoles doc={doc} meta={meta} readOnly={readOnly} />
      <div className="field field-wide">
        <label htmlFor="meta-description">{t('details.description')}</label>
        <textarea id="meta-description" rows={5} value={meta.description} maxLength={5000} disabled={readOnly} onChange={(event) => setMeta(doc, { description: event.target.value })} />
      </div>
    </form>
  );
}
