import type { Participant } from '../attendance/schema';
import type { Levels } from '../competencies/assessment';

/**
 * Self-assessed progress split by gender and by stakeholder group, so that a group whose levels
 * did not move cannot hide behind a room's mean that did. Each person counts once: their own mean
 * over the competencies they rated in a round, so someone who rated all fourteen weighs no more
 * than someone who rated three. People who rated without a register row (or whose row does not
 * say) are "not recorded", never guessed.
 *
 * Small groups: where fewer than `smallGroupLimit` people of a group rated in a round, the counts
 * are shown but the levels are withheld, because in a room of thirty "the two people from the
 * media" are known to everyone, and their mean would be their answers.
 */
export const smallGroupLimit = 3;

export type GroupDimension = 'gender' | 'group';

export type GroupProgress = {
  dimension: GroupDimension;
  /** The register's key (`woman`, `civilSociety`), or `notRecorded`. */
  key: string;
  before: { count: number; mean: number | undefined };
  after: { count: number; mean: number | undefined };
  /** After minus before, when both means are shown. */
  delta: number | undefined;
  /** True when a round had people in this group but too few to show their level. */
  withheld: boolean;
};

export const notRecorded = 'notRecorded';

function personMean(levels: Levels): number | undefined {
  const values = Object.values(levels).filter((level): level is NonNullable<typeof level> => level !== undefined);
  return values.length === 0 ? undefined : values.reduce((sum, level) => sum + level, 0) / values.length;
}

export function groupProgress(participants: readonly Participant[], before: ReadonlyMap<string, Levels>, after: ReadonlyMap<string, Levels>): GroupProgress[] {
  const people = new Map(participants.map((person) => [person.id, person]));
  const rows: GroupProgress[] = [];
  for (const dimension of ['gender', 'group'] as const) {
    const keyOf = (personId: string): string => people.get(personId)?.[dimension] ?? notRecorded;
    const collect = (byPerson: ReadonlyMap<string, Levels>): Map<string, number[]> => {
      const means = new Map<string, number[]>();
      for (const [personId, levels] of byPerson) {
        const mean = personMean(levels);
        if (mean === undefined) continue;
        const key = keyOf(personId);
        means.set(key, [...(means.get(key) ?? []), mean]);
      }
      return means;
    };
    const was = collect(before);
    const now = collect(after);
    const keys = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => (a === notRecorded ? 1 : b === notRecorded ? -1 : a.localeCompare(b)));
    for (const key of keys) {
      const round = (values: readonly number[] = []) => ({ count: values.length, mean: values.length >= smallGroupLimit ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined });
      const first = round(was.get(key));
      const second = round(now.get(key));
      const small = (figure: { count: number }) => figure.count > 0 && figure.count < smallGroupLimit;
      rows.push({
        dimension,
        key,
        before: first,
        after: second,
        delta: first.mean !== undefined && second.mean !== undefined ? second.mean - first.mean : undefined,
        withheld: small(first) || small(second),
      });
    }
  }
  return rows;
}
