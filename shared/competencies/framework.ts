/**
 * The AI and digital transformation competency framework for civil servants, as data.
 * Ids are stable forever: ratings and votes stored in workshop files refer to them, and files
 * travel between facilitators running different versions. Names are i18n keys; English text
 * lives in ./strings.en.ts and translations in the renderer's resources.
 */
export type DomainId = 'planningDesign' | 'dataGovernance' | 'managementExecution';

export type Competency = {
  id: string;
  domain: DomainId;
  /** i18n key of the competency's name. */
  key: string;
  /** i18n key of a one-line description. */
  descriptionKey: string;
};

export type Domain = {
  id: DomainId;
  key: string;
  descriptionKey: string;
  competencyIds: readonly string[];
};

const competency = (id: string, domain: DomainId): Competency => ({
  id,
  domain,
  key: `competencies.${id}`,
  descriptionKey: `competencies.${id}Description`,
});

/** The fourteen competencies, in the framework's own order. */
export const competencies: readonly Competency[] = [
  competency('systemsThinking', 'planningDesign'),
  competency('problemSolving', 'planningDesign'),
  competency('strategicForesight', 'planningDesign'),
  competency('agileStrategy', 'planningDesign'),
  competency('digitalLiteracy', 'dataGovernance'),
  competency('dataDrivenDecisions', 'dataGovernance'),
  competency('openGovernment', 'dataGovernance'),
  competency('privacySecurity', 'dataGovernance'),
  competency('legalEthicalFrameworks', 'dataGovernance'),
  competency('aiFundamentals', 'dataGovernance'),
  competency('peopleCentricity', 'managementExecution'),
  competency('iteration', 'managementExecution'),
  competency('agileExecution', 'managementExecution'),
  competency('digitalLeadership', 'managementExecution'),
];

const domain = (id: DomainId): Domain => ({
  id,
  key: `competencies.domains.${id}`,
  descriptionKey: `competencies.domains.${id}Description`,
  competencyIds: competencies.filter((item) => item.domain === id).map((item) => item.id),
});

export const domains: readonly Domain[] = [domain('planningDesign'), domain('dataGovernance'), domain('managementExecution')];

export const competencyIds: readonly string[] = competencies.map((item) => item.id);

export function findCompetency(id: string): Competency | undefined {
  return competencies.find((item) => item.id === id);
}

export function isCompetencyId(value: unknown): value is string {
  return typeof value === 'string' && competencyIds.includes(value);
}

/** A labelled item of the framework (an attitude, a barrier, a principle). */
export type FrameworkItem = { id: string; key: string };

const item = (group: string, id: string): FrameworkItem => ({ id, key: `competencies.${group}.${id}` });

/** Attitudes the framework says support the competencies. */
export const attitudes: readonly FrameworkItem[] = ['trust', 'adaptability', 'curiosity', 'creativity', 'experimentation'].map((id) => item('attitudes', id));

/** The three barriers to digital transformation the framework names; also the default card
 *  categories of the forum's challenges-and-needs part. */
export const barriers: readonly FrameworkItem[] = ['culturalOrganisational', 'dataInfrastructure', 'humanResourceCapacity'].map((id) => item('barriers', id));

/** ROAM-X: human Rights, Openness, Access for all, Multistakeholder participation, and
 *  cross-cutting issues (gender, sustainability and others). */
export const roamxPrinciples: readonly FrameworkItem[] = ['rights', 'openness', 'access', 'multistakeholder', 'crossCutting'].map((id) => item('roamx', id));

/** The self-assessment scale: 1 (lowest) to 5, each level with a label key. */
export const ratingLevels = [1, 2, 3, 4, 5] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export const ratingLabelKeys: Readonly<Record<RatingLevel, string>> = {
  1: 'competencies.scale.1',
  2: 'competencies.scale.2',
  3: 'competencies.scale.3',
  4: 'competencies.scale.4',
  5: 'competencies.scale.5',
};

export function isRatingLevel(value: unknown): value is RatingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}
