import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readParticipants, updateParticipant } from '@shared/attendance/register';
import type { Gender, StakeholderGroup } from '@shared/attendance/schema';
import { setDisplayName } from '../../app/identity';
import { CoalitionInterest } from '../coalition/CoalitionInterest';
import { GenderSelect, GroupSelect } from './RegisterSelects';

type MyDetailsProps = { doc: Y.Doc; participantId: string };

/**
 * A participant's own entry in the attendance register, editable from their phone (a typo in a
 * name is the usual reason; a group or gender picked in a hurry is the next). Works offline like
 * everything else: it merges when back.
 */
export function MyDetails({ doc, participantId }: MyDetailsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [group, setGroup] = useState<StakeholderGroup | ''>('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!open) return;
    const me = readParticipants(doc).participants.find((p) => p.id === participantId);
    setName(me?.name ?? '');
    setOrganisation(me?.organisation ?? '');
    setGroup(me?.group ?? '');
    setGender(me?.gender ?? '');
    setSaved(false);
  }, [open, doc, participantId]);

  function save(event: FormEvent) {
    event.preventDefault();
    const me = readParticipants(doc).participants.find((p) => p.id === participantId);
    if (!me) return;
    // Every field is passed on: updateParticipant treats a missing field as cleared.
    const result = updateParticipant(doc, participantId, { ...me, name, organisation, group: group || undefined, gender: gender || undefined });
    if (result.ok) {
      setDisplayName(name);
      setSaved(true);
    }
  }

  return (
    <section className="my-details" aria-label={t('lan.details.toggle')}>
      <button type="button" className="button button-quiet" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {t('lan.details.toggle')}
      </button>
      {open ? (
        <form className="join-form" onSubmit={save}>
          <label>
            {t('lan.join.name')}
            <input type="text" required maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            {t('lan.join.organisation')}
            <input type="text" maxLength={200} value={organisation} onChange={(event) => setOrganisation(event.target.value)} />
          </label>
          <label>
            {t('lan.join.group')}
            <GroupSelect value={group} onChange={setGroup} />
          </label>
          <label>
            {t('lan.join.gender')}
            <GenderSelect value={gender} onChange={setGender} />
          </label>
          <button type="submit" className="button">
            {t('lan.details.save')}
          </button>
          {saved ? (
            <p role="status" className="muted">
              {t('lan.details.saved')}
            </p>
          ) : null}
        </form>
      ) : null}
      {open ? <CoalitionInterest doc={doc} participantId={participantId} /> : null}
    </section>
  );
}
