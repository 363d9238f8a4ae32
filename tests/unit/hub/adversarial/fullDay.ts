// A room as busy as a full day of workshop: 5,000 cards and 20,000 ballots, written in one go by
// the facilitator's device (who may write anything a participant may). What makes the hub's
// rebuild of a room from disk cost something: the old hub rebuilt it for every frame Yjs could
// not integrate.
import * as Y from 'yjs';
import { ballotKey } from '../../../../shared/activities/votes';

export function addFullDay(doc: Y.Doc, brainstormId: string, pollId: string, cards = 5_000, voters = 20_000): void {
  doc.transact(() => {
    const ids: string[] = [];
    for (let index = 0; index < cards; index++) {
      const id = `day-card-${index}`;
      const card = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ id, partId: brainstormId, text: `Challenge ${index}: staff need training on data tools in unit ${index % 37}`, authorDevice: `device-${index % 150}`, createdAt: index, held: false })) card.set(field, value);
      doc.getMap('cards').set(id, card);
      ids.push(id);
    }
    for (let voter = 0; voter < voters; voter++) doc.getMap('votes').set(ballotKey(pollId, `device-${voter}`), { dots: [ids[voter % cards]!], updatedAt: voter });
  });
}
