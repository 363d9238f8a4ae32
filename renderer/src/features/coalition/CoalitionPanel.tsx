import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readParticipants } from '@shared/attendance/register';
import { participantsRoot } from '@shared/attendance/schema';
import { workshopCoalition } from '@shared/coalition/list';
import { coalitionRoot } from '@shared/coalition/schema';
import { readCoalitionSettings } from '@shared/coalition/settings';
import { readWorkshop } from '@shared/workshop/doc';
import { useDocValue } from '../activities/useDocValue';
import { CoalitionMembers } from './CoalitionMembers';
import { CoalitionSettingsForm, type SettingsOutcome } from './CoalitionSettingsForm';
import { saveCoalitionCsv } from './coalitionFile';
import './coalition.css';

type CoalitionPanelProps = { doc: Y.Doc; readOnly: boolean };

/** The attendance tab's coalition register: the organiser's question and who answered yes. */
export function CoalitionPanel({ doc, readOnly }: CoalitionPanelProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<SettingsOutcome>();
  const { settings, members, title } = useDocValue(doc, [coalitionRoot, participantsRoot, 'meta'], (current) => {
    const settings = readCoalitionSettings(current);
    const meta = readWorkshop(current).meta;
    const title = meta?.title ?? '';
    const members = workshopCoalition({ workshopId: meta?.id ?? '', workshopTitle: title, participants: readParticipants(current).participants, settings });
    return { settings, members, title };
  });

  return (
    <section className="coalition-panel" aria-labelledby="coalition-panel-title" data-testid="coalition-panel">
      <h2 id="coalition-panel-title">{t('coalition.settings.heading')}</h2>
      <p className="muted">{t('coalition.settings.intro')}</p>
      {readOnly ? null : <CoalitionSettingsForm key={settings.updatedAt} doc={doc} settings={settings} outcome={outcome} onOutcome={setOutcome} />}
      <h3>{t('coalition.list.heading')}</h3>
      <p>{t('coalition.list.count', { count: members.length })}</p>
      <CoalitionMembers doc={doc} members={members} readOnly={readOnly} />
      {members.length > 0 ? (
        <div className="coalition-actions">
          <button type="button" className="button" onClick={() => void saveCoalitionCsv(title, members)}>
            {t('coalition.list.download')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
