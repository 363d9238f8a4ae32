import type { Gender, Participant, StakeholderGroup } from '../attendance/schema';
import type { Member } from './schema';

/**
 * A hint, never a rule, on how mixed a team is. A member is matched to the attendance register
 * by name (the register is typed by the organiser, the member name by the participant, so case
 * and spacing are ignored); failing that, what the member declared when joining is used. People
 * nobody can place are counted as unknown rather than guessed.
 */
export type BalanceHintCode = 'hackathon.hint.singleGroup' | 'hackathon.hint.singleGender' | 'hackathon.hint.missingGroups' | 'hackathon.hint.balanced';
export type BalanceHint = { code: BalanceHintCode; group?: StakeholderGroup; groups?: string; gender?: Gender };

export type TeamBalance = {
  groups: Partial<Record<StakeholderGroup, number>>;
  genders: Partial<Record<Gender, number>>;
  unknown: number;
  hints: BalanceHint[];
};

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function teamBalance(members: Readonly<Record<string, Member>>, register: readonly Participant[]): TeamBalance {
  const byName = new Map(register.filter((person) => person.deletedAt === undefined).map((person) => [nameKey(person.name), person]));
  const groups: Partial<Record<StakeholderGroup, number>> = {};
  const genders: Partial<Record<Gender, number>> = {};
  let unknown = 0;
  for (const member of Object.values(members)) {
    const listed = member.name ? byName.get(nameKey(member.name)) : undefined;
    const group = listed?.group ?? member.group;
    const gender = listed?.gender ?? member.gender;
    if (group) groups[group] = (groups[group] ?? 0) + 1;
    if (gender) genders[gender] = (genders[gender] ?? 0) + 1;
    if (!group && !gender) unknown++;
  }
  return { groups, genders, unknown, hints: hintsFor(groups, genders, register) };
}

function hintsFor(groups: TeamBalance['groups'], genders: TeamBalance['genders'], register: readonly Participant[]): BalanceHint[] {
  const hints: BalanceHint[] = [];
  const groupEntries = Object.entries(groups) as [StakeholderGroup, number][];
  const genderEntries = (Object.entries(genders) as [Gender, number][]).filter(([gender]) => gender !== 'preferNotToSay');
  if (groupEntries.length === 1 && (groupEntries[0]?.[1] ?? 0) >= 2) hints.push({ code: 'hackathon.hint.singleGroup', group: groupEntries[0]?.[0] });
  if (genderEntries.length === 1 && (genderEntries[0]?.[1] ?? 0) >= 2) hints.push({ code: 'hackathon.hint.singleGender', gender: genderEntries[0]?.[0] });
  // Suggest the groups the room has most of that this team lacks: those are the people to ask.
  const inRoom = new Map<StakeholderGroup, number>();
  for (const person of register) if (person.group && person.deletedAt === undefined) inRoom.set(person.group, (inRoom.get(person.group) ?? 0) + 1);
  const missing = [...inRoom.entries()]
    .filter(([group]) => !groups[group])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([group]) => group);
  if (missing.length > 0 && groupEntries.length > 0) hints.push({ code: 'hackathon.hint.missingGroups', groups: missing.join(',') });
  if (hints.length === 0 && groupEntries.length >= 2) hints.push({ code: 'hackathon.hint.balanced' });
  return hints;
}
