import { canvasFields, deliverables, limits, teamSchema, challengesRoot } from '../../hackathon/schema';
import type { EntryChange } from '../entryChange';
import { isCreated } from '../entryChange';
import type { RefusalReason, Rule, RuleContext } from './rule';
import { contentKinds, parsedAfter } from './rule';

const canvasNames = new Set<string>(canvasFields);
const deliverableNames = new Set<string>(deliverables);
/** What any member may change on their team besides the canvas and checklist. */
const memberFields = new Set(['name', 'challengeId']);

/**
 * Teams: a participant forms a team with themselves as its only member, takes or gives up their
 * own seat in any team (within the size limit), and, as a member, renames it, picks its
 * challenge, writes its canvas and ticks its checklist. Nobody else's seat, and nothing of a team
 * one is not in.
 */
export const teamsRule: Rule = (change, context) => {
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, {
    entry: 'map',
    field: ['json', 'map'],
    nested: { members: ['json'], canvas: ['text', 'string', 'format'], checklist: ['json'] },
  });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, teamSchema);
  if (!parsed.ok) return parsed.reason;
  const team = parsed.value;
  const me = context.writer.id;
  if (team.id !== change.key || team.name.trim() === '' || team.name.length > limits.teamName) return 'schema';
  if (team.challengeId !== '' && !context.lookups.record(challengesRoot, team.challengeId)) return 'schema';
  const seats = checkOwnSeat(change, me);
  if (seats) return seats;
  const members = Object.keys(team.members);
  if (isCreated(change)) {
    if (team.createdBy !== me || members.length !== 1 || members[0] !== me || team.deletedAt !== undefined) return 'not-yours';
  } else {
    const joined = (change.nested.get('members') ?? []).some((touch) => touch.kind === 'insert');
    if (joined && members.length > context.lookups.settings().maxTeamSize) return 'team-full';
    const teamWork = [...change.fields].some((field) => memberFields.has(field)) || change.nested.has('canvas') || change.nested.has('checklist');
    if (teamWork && !(me in team.members)) return 'not-member';
    for (const field of change.fields) if (!memberFields.has(field) && !isNewCanvasOrChecklist(change, field)) return 'field';
  }
  return checkTeamWork(change, context);
};

/** `members` is touched only at one's own seat. */
function checkOwnSeat(change: EntryChange, me: string): RefusalReason | undefined {
  for (const touch of change.nested.get('members') ?? []) if (touch.path.length !== 2 || touch.path[1] !== me) return 'not-yours';
  return undefined;
}

/** A team made before canvases existed gets its canvas or checklist map on first use. */
function isNewCanvasOrChecklist(change: EntryChange, field: string): boolean {
  if (field !== 'canvas' && field !== 'checklist') return false;
  return !change.touches.some((touch) => touch.path.length === 1 && touch.path[0] === field && touch.kind === 'delete' && !touch.fresh);
}

/** Canvas fields are the known ones, created once, within their length; checklist keys are the
 *  known deliverables with yes/no values. */
function checkTeamWork(change: EntryChange, context: RuleContext): RefusalReason | undefined {
  for (const touch of change.nested.get('canvas') ?? []) {
    const field = touch.path[1];
    if (field === undefined || !canvasNames.has(field)) return 'field';
    if (touch.path.length === 2 && touch.kind === 'delete' && !touch.fresh) return 'removal';
  }
  for (const touch of change.nested.get('checklist') ?? []) {
    const item = touch.path[1];
    if (touch.path.length !== 2 || item === undefined || !deliverableNames.has(item)) return 'field';
    if (touch.kind === 'insert' && touch.content === 'json' && typeof touch.values?.[0] !== 'boolean') return 'schema';
  }
  const after = context.after();
  if (!after.ok) return after.problem;
  const canvas = (after.value as { canvas?: Record<string, unknown> }).canvas ?? {};
  for (const text of Object.values(canvas)) if (typeof text !== 'string' || text.length > limits.field) return 'too-large';
  return undefined;
}
