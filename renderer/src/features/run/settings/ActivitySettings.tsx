import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { activityKinds, activityOf, defaultActivity, setActivity, type ActivityConfig, type ActivityKind } from '@shared/activities/config';
import { metaMap, readWorkshop } from '@shared/workshop/doc';
import type { PartKind } from '@shared/workshop/partKinds';
import { formatIds, type AgendaPart, type FormatId } from '@shared/workshop/schema';
import { useToast } from '../../../ui/ToastProvider';
import { ActivityFields } from './ActivityFields';
import './settings.css';

type ActivitySettingsProps = { doc: Y.Doc; part: AgendaPart; readOnly: boolean };

/** The part kind whose defaults a newly chosen activity starts from. */
const kindFor: Record<ActivityKind, PartKind> = { cards: 'brainstorm', dots: 'vote', competencies: 'competencies', qna: 'qna', roadmap: 'roadmap', insights: 'other', commitments: 'other', teams: 'discussion', sprint: 'sprint', submissions: 'pitches', judging: 'judging', none: 'other' };

function formatOf(doc: Y.Doc): FormatId | undefined {
  const format = metaMap(doc).get('format');
  return (formatIds as readonly unknown[]).includes(format) ? (format as FormatId) : undefined;
}

/**
 * The activity of one agenda part, set while planning: which activity, and its main options.
 * Collapsed by default so the agenda stays readable; the summary names the activity chosen.
 */
export function ActivitySettings({ doc, part, readOnly }: ActivitySettingsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const kindId = useId();
  // The fields are drawn only while the section is open: a closed section adds nothing to the
  // row's form controls, so tabbing and tests over the agenda see the same fields as before.
  const [open, setOpen] = useState(false);
  const context = { format: formatOf(doc) };
  const config = activityOf(part, context);

  function save(next: ActivityConfig) {
    const outcome = setActivity(doc, part.id, next);
    if (!outcome.ok) toast({ message: t('activitySettings.refused', { field: String(outcome.refusal.field ?? '') }) });
  }

  function changeKind(kind: ActivityKind) {
    // A kind chosen again keeps nothing from the previous one: its own defaults are the start.
    // Team formation is the default only in hackathon formats, so it is named outright here.
    save(kind === 'none' || kind === 'teams' || kind === 'commitments' ? { kind } : kind === 'insights' ? { kind, anonymous: true } : defaultActivity(kindFor[kind], context));
  }

  return (
    <details className="activity-settings" data-testid="activity-settings" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('activitySettings.summary', { kind: t(`activitySettings.kinds.${config.kind}`) })}</summary>
      {open ? (
        <div className="activity-settings-body">
          <div className="field">
            <label htmlFor={kindId}>{t('activitySettings.kind')}</label>
            <select id={kindId} value={config.kind} disabled={readOnly} onChange={(event) => changeKind(event.target.value as ActivityKind)}>
              {activityKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`activitySettings.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <ActivityFields config={config} readOnly={readOnly} onChange={save} otherParts={() => readWorkshop(doc).parts.filter((other) => other.id !== part.id)} />
        </div>
      ) : null}
    </details>
  );
}
