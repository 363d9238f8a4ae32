import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { openCommitments } from '@shared/commitments/open';
import { carryForward } from '@shared/commitments/store';
import { addPart } from '@shared/workshop/doc';
import { navigate } from '../../app/router';
import { addToProgramme } from '../../persistence/programmes';
import type { WorkshopListItem } from '../../persistence/workshops';
import { NewWorkshopDialog } from '../home/NewWorkshopDialog';
import { CarryForwardChecklist } from './CarryForwardChecklist';
import { useProgrammeRead } from './useProgrammeRead';
import './commitments.css';

type NewProgrammeWorkshopProps = { programmeId: string; members: readonly WorkshopListItem[] };

/**
 * Creates the programme's next workshop, carrying forward the open actions of the earlier ones
 * (all ticked unless the facilitator unticks some), with a part to review them after the first.
 */
export function NewProgrammeWorkshop({ programmeId, members }: NewProgrammeWorkshopProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setCreating(true)}>
        {t('commitments.carry.newWorkshop')}
      </button>
      {creating ? <CreateWithCommitments programmeId={programmeId} members={members} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

function CreateWithCommitments({ programmeId, members, onClose }: NewProgrammeWorkshopProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const open = useProgrammeRead(
    members.map((row) => row.id),
    '',
    openCommitments,
  );
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const chosen = open.status === 'ready' ? open.value.filter((commitment) => !leftOut.has(commitment.id)) : [];

  function fill(doc: Y.Doc) {
    if (chosen.length === 0) return;
    carryForward(doc, chosen, Date.now());
    // After the opening part: the room hears how far the last promises got before making new ones.
    addPart(doc, { title: t('commitments.partTitle'), kind: 'other', minutes: 15, questions: [], fixedStart: '', activity: { kind: 'commitments' } }, 1);
  }

  return (
    <NewWorkshopDialog
      onClose={onClose}
      fill={fill}
      onCreated={(id) => {
        void addToProgramme(programmeId, [id], Date.now()).then(() => navigate({ name: 'workshop', id, tab: 'agenda' }));
      }}
    >
      <CarryForwardChecklist
        open={open}
        leftOut={leftOut}
        onToggle={(id, carried) =>
          setLeftOut((current) => {
            const next = new Set(current);
            if (carried) next.delete(id);
            else next.add(id);
            return next;
          })
        }
      />
    </NewWorkshopDialog>
  );
}
