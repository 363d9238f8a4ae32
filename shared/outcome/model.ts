/**
 * The session outcome document: the two-page report organisers send to sponsors after an
 * event. Its sections and their sizes follow the agreed template (see docs/DOMAIN.md): the
 * sizes are advice, so a section outside them is a warning the organiser sees, never a refusal.
 */

export const bulletSections = ['keyIssues', 'trends', 'outcomes', 'plan'] as const;
export type BulletSectionId = (typeof bulletSections)[number];
export type SectionId = BulletSectionId | 'themes';

/** How many items each section should hold; `themes` counts paragraphs. */
export const sectionLimits: Readonly<Record<SectionId, { min: number; max: number }>> = {
  keyIssues: { min: 5, max: 8 },
  trends: { min: 5, max: 8 },
  outcomes: { min: 3, max: 5 },
  plan: { min: 2, max: 5 },
  themes: { min: 1, max: 1 },
};

/** Who took part, as figures; the report shows them as a table and in a tangible outcome. */
export type ParticipationFigures = {
  onsite: number;
  online: number;
  /** People whose onsite/online mode the register does not say; absent when there are none. */
  notRecorded?: number;
  byGender: Record<string, number>;
  byGroup: Record<string, number>;
};

export type OutcomeDocument = {
  title: string;
  organiser: string;
  /** Free text such as "15 March 2025, 11:00–12:00": the organiser may reword it. */
  dateTime: string;
  /** A venue, a link, or both. */
  venue: string;
  keyIssues: string[];
  trends: string[];
  outcomes: string[];
  plan: string[];
  /** One paragraph. */
  themes: string;
  participation: ParticipationFigures;
  /** SDG goals ("5") and targets ("16.7"). */
  sdgTags: string[];
};

export type SectionWarning = 'outcome.sectionEmpty' | 'outcome.sectionTooShort' | 'outcome.sectionTooLong';

export type SectionCheck = {
  section: SectionId;
  count: number;
  min: number;
  max: number;
  /** Absent when the count is within the limits. */
  warning?: SectionWarning;
};

/** Paragraphs are separated by a blank line; text with no blank line is one paragraph. */
export function countParagraphs(text: string): number {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '').length;
}

/** Bullets that hold only spaces do not count: an empty line left while editing is not a point. */
export function countBullets(bullets: readonly string[]): number {
  return bullets.filter((bullet) => bullet.trim() !== '').length;
}

/** A section's count against its limits, with a warning code when outside them. */
export function checkSection(section: SectionId, content: readonly string[] | string): SectionCheck {
  const { min, max } = sectionLimits[section];
  const count = typeof content === 'string' ? countParagraphs(content) : countBullets(content);
  const check: SectionCheck = { section, count, min, max };
  if (count === 0) check.warning = 'outcome.sectionEmpty';
  else if (count < min) check.warning = 'outcome.sectionTooShort';
  else if (count > max) check.warning = 'outcome.sectionTooLong';
  return check;
}

/** Every section of the document, in the template's order. */
export function checkDocument(outcome: OutcomeDocument): SectionCheck[] {
  return [...bulletSections.map((section) => checkSection(section, outcome[section])), checkSection('themes', outcome.themes)];
}

export function totalParticipants(figures: ParticipationFigures): number {
  return figures.onsite + figures.online + (figures.notRecorded ?? 0);
}

export function emptyOutcome(): OutcomeDocument {
  return {
    title: '',
    organiser: '',
    dateTime: '',
    venue: '',
    keyIssues: [],
    trends: [],
    outcomes: [],
    plan: [],
    themes: '',
    participation: { onsite: 0, online: 0, byGender: {}, byGroup: {} },
    sdgTags: [],
  };
}
