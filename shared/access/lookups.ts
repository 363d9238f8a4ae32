import * as Y from 'yjs';
import type { ActivityConfig } from '../activities/activitySchema';
import { activityOf, voteSourcePart } from '../activities/config';
import type { cardsRoot } from '../activities/cards';
import { pollPrefix, pollStateSchema, runRoot } from '../run/schema';
import type { HackathonSettings, Rubric } from '../hackathon/schema';
import { teamsRoot } from '../hackathon/schema';
import { readRubric, readSettings } from '../hackathon/settings';
import type { roadmapRoot } from '../roadmap/schema';
import { isPartKind } from '../workshop/partKinds';
import { metaMap, partsMap, readWorkshop } from '../workshop/doc';
import { formatIds, type FormatId } from '../workshop/schema';

/**
 * What the write rules need to know about the rest of the document, read by direct lookup so
 * that judging one edit costs the same in a room of ten cards as in a room of five thousand.
 * Reads the state after the edit: the rules forbid the fields that would let an edit change
 * the facts it is judged by (an author, a team's members other than one's own seat).
 */
export type RecordFields = Record<string, unknown>;

type MergeView = { get(id: string): { mergedInto?: string } | undefined; has(id: string): boolean };

/**
 * What the agenda says (`parts`, and the format in `meta`): each part's activity and the part
 * each dot vote is on. Participants cannot change the agenda, so it is read and validated once
 * per change of it rather than for every ballot and card; a change under `parts` or `meta`
 * (seen by the doc's observers, after the transaction) forgets it.
 */
type AgendaFacts = {
  activities: Map<string, ActivityConfig | undefined>;
  voteSources: Map<string, string | undefined>;
  format?: { value: FormatId | undefined };
};

/** The roots the agenda facts are read from (partsMap and metaMap in workshop/doc.ts). */
export const agendaRoots: readonly string[] = ['parts', 'meta'];

const agendaOfDoc = new WeakMap<Y.Doc, AgendaFacts>();
const noAgendaFacts = (): AgendaFacts => ({ activities: new Map(), voteSources: new Map() });

function agendaFacts(doc: Y.Doc): AgendaFacts {
  let facts = agendaOfDoc.get(doc);
  if (!facts) {
    facts = noAgendaFacts();
    agendaOfDoc.set(doc, facts);
    const forget = (): void => void agendaOfDoc.set(doc, noAgendaFacts());
    partsMap(doc).observeDeep(forget);
    metaMap(doc).observeDeep(forget);
  }
  return facts;
}

export class Lookups {
  private settingsCache: HackathonSettings | undefined;
  private rubricCache: Rubric | undefined | null = null;
  private readonly agenda: AgendaFacts;
  /** Records read during this judgement: the document does not change while it is judged. */
  private readonly records = new Map<string, RecordFields | undefined>();
  private readonly mergeViews = new Map<string, MergeView>();

  /**
   * `agendaChanged`: the update being judged touched `parts` or `meta`, so what is remembered
   * of the agenda (from before the update) is not used, and nothing read now is remembered.
   */
  constructor(
    readonly doc: Y.Doc,
    agendaChanged = false,
  ) {
    this.agenda = agendaChanged ? noAgendaFacts() : agendaFacts(doc);
  }

  /** A part's activity (its own, or its kind's default), or undefined for no such part. */
  activity(partId: string): ActivityConfig | undefined {
    const known = this.agenda.activities;
    if (known.has(partId)) return known.get(partId);
    const activity = this.readActivity(partId);
    known.set(partId, activity);
    return activity;
  }

  private readActivity(partId: string): ActivityConfig | undefined {
    const part = partsMap(this.doc).get(partId);
    if (!(part instanceof Y.Map)) return undefined;
    const kind = part.get('kind');
    if (!isPartKind(kind)) return undefined;
    return activityOf({ kind, activity: part.get('activity') }, { format: this.format() });
  }

  /** The brainstorm whose cards a dot vote is on (see voteSourcePart). */
  voteSourcePartId(pollId: string): string | undefined {
    const known = this.agenda.voteSources;
    if (known.has(pollId)) return known.get(pollId);
    const source = voteSourcePart(readWorkshop(this.doc).parts, pollId, { format: this.format() })?.id;
    known.set(pollId, source);
    return source;
  }

  private format(): FormatId | undefined {
    this.agenda.format ??= { value: this.readFormat() };
    return this.agenda.format.value;
  }

  private readFormat(): FormatId | undefined {
    const format = metaMap(this.doc).get('format');
    return typeof format === 'string' && (formatIds as readonly string[]).includes(format) ? (format as FormatId) : undefined;
  }

  pollClosed(partId: string): boolean {
    const state = this.doc.getMap<unknown>(runRoot).get(pollPrefix + partId);
    // A poll the facilitator never opened or closed has no state: no need to ask the schema
    // (a failed parse is the costly path), which refuses anything but an object anyway.
    if (typeof state !== 'object' || state === null) return false;
    const parsed = pollStateSchema.safeParse(state);
    return parsed.success && parsed.data.closed;
  }

  settings(): HackathonSettings {
    return (this.settingsCache ??= readSettings(this.doc));
  }

  rubric(): Rubric | undefined {
    if (this.rubricCache === null) this.rubricCache = readRubric(this.doc);
    return this.rubricCache;
  }

  /** The plain fields of a record map (its nested types left out), or undefined. Callers do
   *  not change what they are given: it is the same object for the same record. */
  record(root: string, key: string): RecordFields | undefined {
    const id = `${root}\u0000${key}`;
    if (this.records.has(id)) return this.records.get(id);
    const fields = this.readRecord(root, key);
    this.records.set(id, fields);
    return fields;
  }

  private readRecord(root: string, key: string): RecordFields | undefined {
    const value = this.doc.getMap<unknown>(root).get(key);
    if (!(value instanceof Y.Map)) return undefined;
    const fields: RecordFields = {};
    value.forEach((field, name) => {
      if (!(field instanceof Y.AbstractType)) fields[name] = field;
    });
    return fields;
  }

  /** The identities in a team's `members` map. */
  teamMembers(teamId: string): Set<string> {
    const team = this.doc.getMap<unknown>(teamsRoot).get(teamId);
    const members = team instanceof Y.Map ? team.get('members') : undefined;
    return members instanceof Y.Map ? new Set(members.keys()) : new Set();
  }

  /** A merge-chain view of a root's records (cards, roadmap items) for resolveMergeChain; one
   *  per root and judgement, reading through the same remembered records. */
  mergeView(root: typeof cardsRoot | typeof roadmapRoot): MergeView {
    let view = this.mergeViews.get(root);
    if (!view) {
      view = {
        get: (id) => {
          const fields = this.record(root, id);
          if (!fields) return undefined;
          return typeof fields.mergedInto === 'string' ? { mergedInto: fields.mergedInto } : {};
        },
        // record() is undefined exactly when the key holds no record map.
        has: (id) => this.record(root, id) !== undefined,
      };
      this.mergeViews.set(root, view);
    }
    return view;
  }
}
