import type { AgendaPart, WorkshopMeta } from '../workshop/schema';
import type { OutcomeMark } from './marks';

/**
 * What the outcome builder and the data exports read, as plain values. The room's own data
 * (cards, votes, clusters, ratings, questions, attendance) is stored by the activity modules;
 * an adapter turns their snapshots into these shapes, so this folder never depends on how the
 * room keeps them. Every list may be empty: a blank workshop still gets a (thin) draft.
 */

/** Where a row came from, kept when several workshops are combined into one dataset. */
export type Provenance = { workshopId: string; workshopTitle: string };

export type CardInput = {
  id: string;
  text: string;
  /** Votes the card received (already counted by the voting rules). */
  votes: number;
  /** The id of the cluster the card was sorted into, if any. */
  cluster?: string;
  /** Title of the agenda part the card was written in. */
  part?: string;
  /** The card's category id (a barrier in the three-part forum) and its name in the report's language. */
  category?: string;
  categoryLabel?: string;
  /** Held back by the facilitator: never quoted in the report unless revealed. */
  held?: boolean;
  /** The words of cards merged into this one: people wrote them, so they stay in the data. */
  merged?: string[];
  deleted?: boolean;
  source?: Provenance;
};

export type ClusterInput = {
  id: string;
  label: string;
  source?: Provenance;
};

/**
 * One competency of the framework as the room ranked it. `share` is the part of all priority
 * votes or ratings that went to it (0..1); `before` and `after` are mean self-assessed levels
 * where a before/after self-assessment was run.
 */
export type CompetencyPriorityInput = {
  /** The framework's stable id of the competency, for analysts joining files. */
  id?: string;
  /** The competency's name, already in the report's language. */
  name: string;
  domain?: string;
  share: number;
  ratings: number;
  before?: number;
  after?: number;
  source?: Provenance;
};

/**
 * Counts of who took part. Gender and stakeholder-group keys are open strings (for example
 * `women`, `men`, `government`, `civilSociety`); the labels object names the known ones.
 */
export type AttendanceInput = {
  onsite: number;
  online: number;
  /** People whose mode the register does not record. */
  notRecorded?: number;
  byGender: Record<string, number>;
  byGroup: Record<string, number>;
};

export const roadmapStatuses = ['draft', 'proposed', 'agreed', 'rejected', 'done'] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];

export type RoadmapItemInput = {
  id: string;
  title: string;
  status: RoadmapStatus;
  /** When it should happen, as the room wrote it: "Q3 2025", "year 1", "first six months". */
  horizon: string;
  /** The horizon's stable id (`y1q2`), beside the words above. */
  horizonKey?: string;
  votes: number;
  /** Who will do it, as the room wrote it. */
  owner?: string;
  /** The item's description as plain text, blocks on separate lines. */
  description?: string;
  /** The challenge cards the item answers: their ids and their words. */
  challengeIds?: string[];
  challenges?: string[];
  comments?: string[];
  deleted?: boolean;
  source?: Provenance;
};

/** What the facilitator actually ran: each part with its real start and end (epoch ms). */
export type RunLogEntry = {
  partId: string;
  title: string;
  startedAt: number;
  endedAt?: number;
};

export type OutcomeSources = {
  meta: WorkshopMeta;
  parts: AgendaPart[];
  runLog: RunLogEntry[];
  cards: CardInput[];
  clusters: ClusterInput[];
  competencyPriorities: CompetencyPriorityInput[];
  attendance: AttendanceInput;
  roadmapItems: RoadmapItemInput[];
  /** Questions of the Q&A parts the room could see; unresolved ones suggest the next themes. */
  questions?: QuestionInput[];
  /** What the facilitator marked "outcome" during the run (./marks.ts), oldest first. */
  marks?: OutcomeMark[];
};

/** One registered participant, as the attendance register keeps them. */
export type ParticipantInput = {
  id: string;
  name: string;
  email: string;
  organisation: string;
  gender: string;
  group: string;
  /** Empty when the register does not say: such people are "not recorded", never assumed in the room. */
  mode: 'onsite' | 'online' | '';
  country?: string;
  source?: Provenance;
};

export type QuestionInput = {
  id: string;
  text: string;
  votes: number;
  answered: boolean;
  /** Who asked, when the asker chose to give a name; left out under Chatham House. */
  askedBy?: string;
  source?: Provenance;
};

/** One competency's before/after result for one participant or for the room as a whole. */
export type CompetencyResultInput = {
  /** Stable ids of the competency and its domain, beside their names. */
  competencyId?: string;
  domainId?: string;
  competency: string;
  domain: string;
  before?: number;
  after?: number;
  respondents: number;
  source?: Provenance;
};
