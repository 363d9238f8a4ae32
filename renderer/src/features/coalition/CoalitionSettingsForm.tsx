import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Refusal } from '@shared/activities/outcome';
import type { CoalitionSettings } from '@shared/coalition/schema';
import { coalitionLimits } from '@shared/coalition/schema';
import { saveCoalitionSettings } from '@shared/coalition/settings';

type GroupRow = { key: string; id?: string | undefined; label: string };
export type SettingsOutcome = { saved: true } | { refusal: Refusal };
type CoalitionSettingsFormProps = { doc: Y.Doc; settings: CoalitionSettings; outcome: SettingsOutcome | undefined; onOutcome: (outcome: SettingsOutcome) => void };

let rowCounter = 0;
const rowKey = () => `row-${(rowCounter += 1)}`;

/**
 * The organiser's coalition question: whether participants are asked, the consent words they
 * read (empty for the standard text in each reader's language) and the working groups. The
 * parent remounts it (by `key`) when the stored settings change, and keeps what the last save
 * said, so the confirmation survives that remount.
 */
export function CoalitionSettingsForm({ doc, settings, outcome, onOutcome }: CoalitionSettingsFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(settings.open);
  const [consentText, setConsentText] = useState(settings.consentText);
  const [rows, setRows] = useState<GroupRow[]>(() => settings.workingGroups.map((group) => ({ key: group.id, id: group.id, label: group.label })));

  function save(event: FormEvent) {
    event.preventDefault();
    const result = saveCoalitionSettings(doc, { open, consentText, workingGroups: rows }, Date.now());
    onOutcome(result.ok ? { saved: true } : { refusal: result.refusal });
  }

  const setLabel = (key: string, label: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, label } : row)));

  return (
    <form className="coalition-settings" data-testid="coalition-settings" onSubmit={save}>
      <label className="coalition-check">
        <input type="checkbox" checked={open} onChange={(event) => setOpen(event.target.checked)} />
        {t('coalition.settings.open')}
      </label>
      <label className="coalition-field">
        {t('coalition.settings.consent')}
        <textarea dir="auto" maxLength={coalitionLimits.consentText} value={consentText} onChange={(event) => setConsentText(event.target.value)} aria-describedby="coalition-consent-hint" />
      </label>
      <div id="coalition-consent-hint" className="muted">
        <p>{t('coalition.settings.consentHint')}</p>
        <p className="consent-text">{t('coalition.defaultConsent')}</p>
        {settings.consentText === '' ? null : <p>{t('coalition.settings.version', { version: settings.version })}</p>}
      </div>
      <fieldset className="coalition-groups">
        <legend>{t('coalition.settings.groups')}</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="coalition-group-row">
            <label className="coalition-field">
              {t('coalition.settings.groupName', { number: index + 1 })}
              <input type="text" dir="auto" maxLength={coalitionLimits.workingGroupLabel} value={row.label} onChange={(event) => setLabel(row.key, event.target.value)} />
            </label>
            <button type="button" className="button button-quiet" onClick={() => setRows((current) => current.filter((kept) => kept.key !== row.key))}>
              {t('coalition.settings.removeGroup', { number: index + 1 })}
            </button>
          </div>
        ))}
        {rows.length < coalitionLimits.workingGroups ? (
          <button type="button" className="button button-quiet" onClick={() => setRows((current) => [...current, { key: rowKey(), label: '' }])}>
            {t('coalition.settings.addGroup')}
          </button>
        ) : null}
      </fieldset>
      <div className="coalition-actions">
        <button type="submit" className="button">
          {t('coalition.settings.save')}
        </button>
        {outcome && 'saved' in outcome ? (
          <p role="status" className="muted">
            {t('coalition.settings.saved')}
          </p>
        ) : null}
      </div>
      {outcome && 'refusal' in outcome ? (
        <p role="alert" className="notice notice-error">
          {t(`coalition.refusal.${outcome.refusal.code.replace('coalition.', '')}`, outcome.refusal)}
        </p>
      ) : null}
    </form>
  );
}
