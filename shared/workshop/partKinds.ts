/** What happens in a part of the agenda. The kind decides its icon and, later, its activity. */
export const partKinds = [
  'welcome',
  'presentation',
  'panel',
  'discussion',
  'brainstorm',
  'vote',
  'competencies',
  'roadmap',
  'qna',
  'break',
  'sprint',
  'pitches',
  'judging',
  'closing',
  'other',
] as const;

export type PartKind = (typeof partKinds)[number];

export function isPartKind(value: unknown): value is PartKind {
  return typeof value === 'string' && (partKinds as readonly string[]).includes(value);
}

/** Limits on a part's planned length: refused at the field, and by the validator. */
export const minPartMinutes = 1;
export const maxPartMinutes = 720;
