import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { setActivity } from '@shared/activities/config';
import type { CardsActivity } from '@shared/activities/activitySchema';

type GroupsShownToggleProps = { doc: Y.Doc; partId: string; config: CardsActivity };

/**
 * Lets the facilitator sort cards in private, then show the groups on participants' devices (and
 * take them back to re-sort). Stored in the part's activity, which only the facilitator may write.
 */
export function GroupsShownToggle({ doc, partId, config }: GroupsShownToggleProps) {
  const { t } = useTranslation();
  const shown = config.groupsShown === true;
  return (
    <label className="groups-shown">
      <input type="checkbox" checked={shown} onChange={(event) => setActivity(doc, partId, { ...config, groupsShown: event.target.checked })} />
      <span>{t('activities.clusters.showToParticipants')}</span>
    </label>
  );
}
