// The workshops the hub benchmark's rooms hold, and the writes its participants make, in the
// shapes the app writes them: the hub judges every participant update against the workshop's
// schema and write rules, so schema-less values would only measure refusals.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { addCard } from '../../../shared/activities/cards';
import { activityOf, withDefaultActivities, type CardsActivity, type DotsActivity } from '../../../shared/activities/config';
import { ballotKey, votesRoot, type Ballot } from '../../../shared/activities/votes';
import { initWorkshop, localEdit, readWorkshop } from '../../../shared/workshop/doc';
import type { EditablePart } from '../../../shared/workshop/schema';

/** A seeded workshop: the facilitator's document and what participants need to know of it. */
export interface BenchWorkshop {
  doc: Y.Doc;
  /** The brainstorm part cards go to, and its activity (length limit, anonymity). */
  brainstorm: string;
  cards: CardsActivity;
  /** The vote part, whose id is the poll id of the ballots on the brainstorm's cards. */
  poll: string;
}

const part = (title: string, kind: EditablePart['kind']): EditablePart => ({ title, kind, minutes: 30, questions: [], fixedStart: '' });

/** What the facilitator's app writes when a workshop is created (createWorkshop → initWorkshop). */
function newWorkshop(parts: EditablePart[]): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, {
    id: `ws-${randomBytes(6).toString('hex')}`,
    title: 'County digital services forum',
    format: 'blank',
    date: '2026-12-02',
    startTime: '09:00',
    endTime: '17:00',
    venue: 'Nakuru County Hall',
    organiser: 'County ICT office',
    language: 'en',
    sdgTags: ['9', '16.7'],
    description: '',
    createdAt: 1_780_000_000_000,
    parts: withDefaultActivities(parts, { format: 'blank' }),
  });
  return doc;
}

function describe(doc: Y.Doc, round = 0): BenchWorkshop {
  const parts = readWorkshop(doc).parts;
  const brainstorm = parts.filter((item) => item.kind === 'brainstorm')[round]!;
  const vote = parts.filter((item) => item.kind === 'vote')[round]!;
  const cards = activityOf(brainstorm, { format: 'blank' });
  if (cards.kind !== 'cards') throw new Error('the brainstorm runs no cards');
  return { doc, brainstorm: brainstorm.id, cards, poll: vote.id };
}

/** The room every latency, load and wire workload starts from: a brainstorm, then a dot vote on it. */
export function brainstormAndVote(): BenchWorkshop {
  return describe(newWorkshop([part('Ideas', 'brainstorm'), part('Vote', 'vote')]));
}

/** A card as addCard writes it (a Y.Map of the card's fields under `cards`); returns its id. */
export function writeCard(doc: Y.Doc, workshop: BenchWorkshop, author: string, text: string, now: number): string {
  const added = addCard(doc, workshop.brainstorm, { text }, { deviceId: author, role: 'participant' }, workshop.cards, now);
  if (!added.ok) throw new Error(`the bench's card was refused: ${added.refusal.code}`);
  return added.value;
}

/** A voter's whole ballot as placeDot writes it: `<pollId>/<voterId>` → {dots, updatedAt}. */
export function writeBallot(doc: Y.Doc, poll: string, voter: string, dots: string[], now: number): string {
  const key = ballotKey(poll, voter);
  doc.transact(() => doc.getMap<unknown>(votesRoot).set(key, { dots, updatedAt: now } satisfies Ballot), localEdit);
  return key;
}

export const fullDay = { rounds: 10, cardsPerRound: 500, people: 200, dotsPerBallot: 10 } as const;

/**
 * A full-day workshop: ten rounds of a brainstorm and a dot vote on it; 500 cards in each
 * brainstorm (5,000) by 200 participants, and each participant's ballot in each vote with ten
 * dots (2,000 ballots, 20,000 dots). Every record is valid: the facilitator writes it all in one
 * go (they may write anything), but a participant could have written each card and ballot.
 */
export function fullDayWorkshop(): { workshop: BenchWorkshop; cards: number; ballots: number; dots: number } {
  const rules: DotsActivity = { kind: 'dots', dots: fullDay.dotsPerBallot, maxPerOption: 3, hiddenUntilClosed: false, sourcePartId: '' };
  const parts: EditablePart[] = [];
  for (let round = 1; round <= fullDay.rounds; round++) parts.push(part(`Round ${round}: ideas`, 'brainstorm'), { ...part(`Round ${round}: vote`, 'vote'), activity: rules });
  const doc = newWorkshop(parts);
  const people = Array.from({ length: fullDay.people }, () => `p-${randomBytes(9).toString('base64url')}`);
  let ballots = 0;
  let dots = 0;
  doc.transact(() => {
    for (let round = 0; round < fullDay.rounds; round++) {
      const { brainstorm, cards, poll } = describe(doc, round);
      const ids: string[] = [];
      for (let i = 0; i < fullDay.cardsPerRound; i++) {
        const n = round * fullDay.cardsPerRound + i;
        const text = `Idea ${n}: improve access to services in district ${n % 40}`;
        ids.push(writeCard(doc, { doc, brainstorm, cards, poll }, people[n % people.length]!, text, 1_780_000_000_000 + n * 1000));
      }
      for (const [voter, person] of people.entries()) {
        // Ten different cards per ballot, spread over the round's cards.
        const chosen = Array.from({ length: fullDay.dotsPerBallot }, (_, d) => ids[(voter * 7 + d * 13) % ids.length]!);
        writeBallot(doc, poll, person, chosen, 1_780_000_600_000 + voter * 1000);
        ballots += 1;
        dots += chosen.length;
      }
    }
  }, localEdit);
  return { workshop: describe(doc), cards: fullDay.rounds * fullDay.cardsPerRound, ballots, dots };
}
