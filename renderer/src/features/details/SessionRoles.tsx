import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { setMeta } from '@shared/workshop/doc';
import { wsisLinePattern, type WorkshopMeta } from '@shared/workshop/schema';
import { ValidatedField } from '../../ui/ValidatedField';

type SessionRolesProps = { doc: Y.Doc; meta: WorkshopMeta; readOnly: boolean };

const roles = [
  { key: 'speakers', max: 1000 },
  { key: 'onsiteModerator', max: 300 },
  { key: 'onlineModerator', max: 300 },
  { key: 'rapporteur', max: 300 },
] as const;

function parseLines(draft: string): string[] {
  return [...new Set(draft.split(/[,;\s]+/).map((line) => line.trim().toUpperCase()).filter((line) => line !== ''))];
}

/**
 * Who ran the session and the WSIS Action Lines it addresses: what the IGF-style session
 * report names beside the SDG tags. Saved as typed, like the rest of the details.
 */
export function SessionRoles({ doc, meta, readOnly }: SessionRolesProps) {
  const { t } = useTranslation();
  const validateLines = (draft: string) => {
    const bad = parseLines(draft).find((line) => !wsisLinePattern.test(line));
    return bad ? t('details.errors.wsis', { line: bad }) : undefined;
  };
  return (
    <fieldset className="field-wide details-roles">
      <legend>{t('details.roles.legend')}</legend>
      {roles.map(({ key, max }) => (
        <div key={key} className="field">
          <label htmlFor={`meta-${key}`}>{t(`details.roles.${key}`)}</label>
          <input id={`meta-${key}`} value={meta[key] ?? ''} maxLength={max} disabled={readOnly} onChange={(event) => setMeta(doc, { [key]: event.target.value })} />
        </div>
      ))}
      <ValidatedField
        label={t('details.roles.wsisLines')}
        hint={t('details.roles.wsisHint')}
        value={(meta.wsisLines ?? []).join(', ')}
        disabled={readOnly}
        validate={validateLines}
        onCommit={(draft) => setMeta(doc, { wsisLines: parseLines(draft) })}
      />
    </fieldset>
  );
}
