import type { BulletSectionId } from './model';

/**
 * Where a drafted line came from, so the organiser can check it before sending: the card it
 * quotes, the cluster it sums up, the roadmap item, question or competency it names, or the
 * register. The draft returns one list per bullet; the store keeps each list as the `sources`
 * attribute of the bullet's Y.Text, so it travels with the bullet when it is moved and
 * disappears with it when it is removed.
 */
export const sourceKinds = ['card', 'cluster', 'roadmap', 'question', 'competency', 'attendance'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export type SourceRef = { kind: SourceKind; id: string };

export type DraftLinks = Record<BulletSectionId, SourceRef[][]> & { themes: SourceRef[] };

export function emptyLinks(): DraftLinks {
  return { keyIssues: [], trends: [], outcomes: [], plan: [], themes: [] };
}

export const maxRefsPerLine = 12;

/** The refs of a stored attribute; anything that is not a ref is dropped, never thrown on. */
export function parseRefs(value: unknown): SourceRef[] {
  if (!Array.isArray(value)) return [];
  const refs: SourceRef[] = [];
  for (const item of value.slice(0, maxRefsPerLine)) {
    if (typeof item !== 'object' || item === null) continue;
    const { kind, id } = item as Record<string, unknown>;
    if ((sourceKinds as readonly unknown[]).includes(kind) && typeof id === 'string' && id !== '' && id.length <= 200) refs.push({ kind: kind as SourceKind, id });
  }
  return refs;
}
