import type * as Y from 'yjs';
import type { CompetenciesActivity } from '../activities/activitySchema';
import { activityOf, voteSourcePart } from '../activities/config';
import { cardVoteSetup } from '../activities/cardVote';
import { readCards, resolveCard } from '../activities/cards';
import { readClusters } from '../activities/clusters';
import { readQuestions } from '../activities/questions';
import { readBallots, tally } from '../activities/votes';
import { attendanceCounts, readParticipants } from '../attendance/register';
import { competencyStats, priorityContext, readAssessments } from '../competencies/assessment';
import { competencies, competencyIds, domains } from '../competencies/framework';
import { competencyEnglish } from '../competencies/strings.en';
import { roadmapItemsFromDoc } from '../roadmap/report';
import { roadmapEnglish } from '../roadmap/strings.en';
import type { WorkshopDataset } from '../exchange/combine';
import { readRun, runLogRows } from '../run/state';
import { readWorkshop } from '../workshop/doc';
import type { AgendaPart, WorkshopMeta } from '../workshop/schema';
import { readMarks } from './marks';
import type { AttendanceInput, CardInput, CompetencyPriorityInput, CompetencyResultInput, OutcomeSources, ParticipantInput, QuestionInput } from './inputs';

/**
 * Reads a workshop's Y.Doc through the activity modules' own read functions and turns what the
 * room produced into the plain inputs of the outcome draft and the data exports. It reads as the
 * facilitator: held cards and hidden-until-closed votes count, because the report comes after
 * the session and the organiser is the one writing it.
 */
export type AdapterOptions = {
  /** "Now", for parts still running (their run-log entry has no end yet). */
  now: number;
  /** Turns an i18n key such as `competencies.systemsThinking` into the report's language. */
  translate?: (key: string) => string;
};

const english = (key: string): string => competencyEnglish[key] ?? roadmapEnglish[key] ?? key;

/** The attendance register's keys, renamed to the keys the outcome labels name. */
const genderLabelKey: Readonly<Record<string, string>> = { woman: 'women', man: 'men', anotherIdentity: 'other', preferNotToSay: 'undisclosed' };
const groupLabelKey: Readonly<Record<string, string>> = { technicalCommunity: 'technical' };

type Room = { meta: WorkshopMeta; parts: AgendaPart[] };

function room(doc: Y.Doc): Room | undefined {
  const snapshot = readWorkshop(doc);
  return snapshot.meta ? { meta: snapshot.meta, parts: snapshot.parts } : undefined;
}

export function outcomeSourcesFromDoc(doc: Y.Doc, options: AdapterOptions): OutcomeSources | undefined {
  const read = room(doc);
  if (!read) return undefined;
  const { meta, parts } = read;
  const titles = new Map(parts.map((part) => [part.id, part.title]));
  const run = readRun(doc);
  return {
    meta,
    parts,
    runLog: runLogRows(run, options.now).map((row) => ({
      partId: row.partId,
      title: titles.get(row.partId) ?? '',
      startedAt: row.startedAt,
      ...(row.endedAt === undefined ? {} : { endedAt: row.endedAt }),
    })),
    cards: cardsOf(doc, read, options.translate ?? english),
    clusters: readClusters(doc).clusters.map((cluster) => ({ id: cluster.id, label: cluster.name })),
    competencyPriorities: prioritiesOf(doc, read, options.translate ?? english),
    attendance: attendanceOf(doc),
    roadmapItems: roadmapItemsFromDoc(doc, parts, meta.format, run, options.translate ?? english),
    questions: questionsOf(doc, read),
    marks: readMarks(doc),
  };
}

/** Everything the data exports hold, read from the same document. */
export function datasetFromDoc(doc: Y.Doc, options: AdapterOptions): WorkshopDataset {
  const read = room(doc);
  const translate = options.translate ?? english;
  return {
    participants: participantsOf(doc),
    cards: read ? cardsOf(doc, read, translate) : [],
    clusters: readClusters(doc).clusters.map((cluster) => ({ id: cluster.id, label: cluster.name })),
    roadmapItems: read ? roadmapItemsFromDoc(doc, read.parts, read.meta.format, readRun(doc), translate) : [],
    questions: read ? questionsOf(doc, read) : [],
    competencyResults: competencyResultsOf(doc, translate),
  };
}

/**
 * Cards with the dots they received in every dot vote on their part. Merged cards are left
 * out as rows: their dots already count for the card they joined, and their words ride along
 * on it (`merged`). A card's category is named as its part's activity names it.
 */
function cardsOf(doc: Y.Doc, { meta, parts }: Room, translate: (key: string) => string): CardInput[] {
  const { cards } = readCards(doc);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const votes = new Map<string, number>();
  const run = readRun(doc);
  const context = { format: meta.format };
  for (const part of parts) {
    const activity = activityOf(part, context);
    if (activity.kind !== 'dots') continue;
    const source = voteSourcePart(parts, part.id, context);
    if (!source) continue;
    const setup = cardVoteSetup(doc, { pollId: part.id, sourcePartId: source.id, config: activity, run });
    for (const row of tally(readBallots(doc, part.id).ballots, setup.context, setup.options)) votes.set(row.optionId, (votes.get(row.optionId) ?? 0) + row.dots);
  }
  const titles = new Map(parts.map((part) => [part.id, part.title]));
  const categoryNames = new Map<string, string>();
  for (const part of parts) {
    const activity = activityOf(part, context);
    if (activity.kind !== 'cards') continue;
    for (const category of activity.categories) categoryNames.set(`${part.id}\u0000${category.id}`, category.label ?? (category.key ? translate(category.key) : category.id));
  }
  const living = new Set(readClusters(doc).clusters.map((cluster) => cluster.id));
  const mergedWords = new Map<string, string[]>();
  for (const card of cards) {
    if (card.mergedInto === undefined || card.deletedAt !== undefined) continue;
    const into = resolveCard(byId, card.id);
    if (into !== card.id) mergedWords.set(into, [...(mergedWords.get(into) ?? []), card.text]);
  }
  return cards
    .filter((card) => resolveCard(byId, card.id) === card.id)
    .map((card) => {
      const input: CardInput = { id: card.id, text: card.text, votes: votes.get(card.id) ?? 0 };
      if (card.clusterId !== undefined && living.has(card.clusterId)) input.cluster = card.clusterId;
      const part = titles.get(card.partId);
      if (part !== undefined) input.part = part;
      if (card.category !== undefined) {
        input.category = card.category;
        input.categoryLabel = categoryNames.get(`${card.partId}\u0000${card.category}`) ?? card.category;
      }
      if (card.held) input.held = true;
      const merged = mergedWords.get(card.id);
      if (merged) input.merged = merged;
      if (card.deletedAt !== undefined) input.deleted = true;
      return input;
    })
    .sort((a, b) => b.votes - a.votes);
}

function competencyParts({ meta, parts }: Room): { part: AgendaPart; activity: CompetenciesActivity }[] {
  return parts.flatMap((part) => {
    const activity = activityOf(part, { format: meta.format });
    return activity.kind === 'competencies' ? [{ part, activity }] : [];
  });
}

/** Priority dots from every competencies part, with before/after means where both rounds ran. */
function prioritiesOf(doc: Y.Doc, read: Room, translate: (key: string) => string): CompetencyPriorityInput[] {
  const run = readRun(doc);
  const dots = new Map<string, number>();
  for (const { part, activity } of competencyParts(read)) {
    if (!activity.prioritise) continue;
    for (const row of tally(readBallots(doc, part.id).ballots, priorityContext(activity, run, part.id), competencyIds)) dots.set(row.optionId, (dots.get(row.optionId) ?? 0) + row.dots);
  }
  const total = [...dots.values()].reduce((sum, count) => sum + count, 0);
  const before = readAssessments(doc, 'before').byPerson;
  const after = readAssessments(doc, 'after').byPerson;
  return competencies.flatMap((competency) => {
    const count = dots.get(competency.id) ?? 0;
    const was = competencyStats(before, competency.id);
    const now = competencyStats(after, competency.id);
    if (count === 0 && was.count === 0 && now.count === 0) return [];
    const priority: CompetencyPriorityInput = {
      id: competency.id,
      name: translate(competency.key),
      domain: translate(`competencies.domains.${competency.domain}`),
      share: total === 0 ? 0 : count / total,
      ratings: count + Math.max(was.count, now.count),
    };
    if (was.mean !== undefined && now.mean !== undefined) {
      priority.before = was.mean;
      priority.after = now.mean;
    }
    return [priority];
  });
}

function competencyResultsOf(doc: Y.Doc, translate: (key: string) => string): CompetencyResultInput[] {
  const before = readAssessments(doc, 'before').byPerson;
  const after = readAssessments(doc, 'after').byPerson;
  return domains.flatMap((domain) =>
    domain.competencyIds.flatMap((id) => {
      const was = competencyStats(before, id);
      const now = competencyStats(after, id);
      if (was.count === 0 && now.count === 0) return [];
      const row: CompetencyResultInput = {
        competencyId: id,
        domainId: domain.id,
        competency: translate(`competencies.${id}`),
        domain: translate(domain.key),
        respondents: Math.max(was.count, now.count),
      };
      if (was.mean !== undefined) row.before = was.mean;
      if (now.mean !== undefined) row.after = now.mean;
      return [row];
    }),
  );
}

/**
 * Counts for the report. Someone whose mode was not recorded is counted as such, not in the
 * room: a register typed in from a sign-up sheet often has no mode column, and a sponsor
 * reading "120 in the room" must be able to rely on it.
 */
function attendanceOf(doc: Y.Doc): AttendanceInput {
  const counts = attendanceCounts(readParticipants(doc).participants);
  const rename = (tally: Record<string, number>, names: Readonly<Record<string, string>>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [key, count] of Object.entries(tally)) if (count > 0) out[names[key] ?? key] = (out[names[key] ?? key] ?? 0) + count;
    return out;
  };
  return {
    onsite: counts.byMode.onsite,
    online: counts.byMode.online,
    ...(counts.byMode.notRecorded > 0 ? { notRecorded: counts.byMode.notRecorded } : {}),
    byGender: rename(counts.byGender, genderLabelKey),
    byGroup: rename(counts.byGroup, groupLabelKey),
  };
}

function participantsOf(doc: Y.Doc): ParticipantInput[] {
  return readParticipants(doc).participants.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email ?? '',
    organisation: person.organisation,
    gender: person.gender ?? '',
    group: person.group ?? '',
    mode: person.mode ?? '',
    country: person.country,
  }));
}

/** Questions the room could see (hidden ones were taken down by the facilitator). */
function questionsOf(doc: Y.Doc, { meta, parts }: Room): QuestionInput[] {
  const viewer = { deviceId: '', role: 'facilitator' as const };
  return parts
    .filter((part) => activityOf(part, { format: meta.format }).kind === 'qna')
    .flatMap((part) => {
      const list = readQuestions(doc, part.id, viewer);
      return [...list.open, ...list.answered].map((question) => {
        const row: QuestionInput = { id: question.id, text: question.text, votes: question.upvotes, answered: question.answered };
        if (question.authorName !== undefined) row.askedBy = question.authorName;
        return row;
      });
    });
}
