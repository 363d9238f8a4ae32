import { fold } from './normalise';

/**
 * Which column of a sign-up sheet holds which field. Suggested from the header names (English
 * and French), then confirmed or changed by the organiser before importing.
 */
export const importFields = ['name', 'givenName', 'familyName', 'organisation', 'group', 'gender', 'country', 'mode', 'email', 'consent'] as const;
export type ImportField = (typeof importFields)[number];

/** Field → column index (0-based). A field absent from the mapping is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Label keys for the mapping screen. */
export const importFieldKey = (field: ImportField) => `attendance.fields.${field}`;

const headerWords: Record<ImportField, readonly string[]> = {
  name: ['name', 'full name', 'participant', 'participant name', 'names', 'nom complet', 'nom et prenom', 'nom prenom', 'prenom nom', 'nom et prenoms', 'participant e'],
  givenName: ['first name', 'firstname', 'given name', 'forename', 'prenom', 'prenoms'],
  familyName: ['last name', 'lastname', 'surname', 'family name', 'nom de famille'],
  organisation: ['organisation', 'organization', 'org', 'institution', 'affiliation', 'company', 'employer', 'ministry', 'agency', 'organisme', 'structure', 'entreprise', 'ministere', 'employeur'],
  group: ['stakeholder group', 'stakeholder', 'stakeholder type', 'group', 'sector', 'category', 'groupe', 'secteur', 'categorie', 'partie prenante', 'groupe de parties prenantes', 'type d acteur'],
  gender: ['gender', 'sex', 'genre', 'sexe'],
  country: ['country', 'nation', 'country of residence', 'pays', 'pays de residence', 'nationality', 'nationalite'],
  mode: ['mode', 'attendance', 'participation', 'attending', 'onsite online', 'format', 'modalite', 'presence', 'mode de participation', 'onsite or online'],
  email: ['email', 'e mail', 'mail', 'email address', 'e mail address', 'courriel', 'adresse email', 'adresse e mail', 'adresse electronique', 'adresse mail'],
  consent: ['consent', 'email consent', 'consent to contact', 'consent to be contacted', 'opt in', 'agree', 'consentement', 'accord', 'j accepte', 'autorisation'],
};

/** Words that, found inside a longer header ("Email address (optional)"), point at a field. */
const headerHints: readonly (readonly [string, ImportField])[] = [
  ['consent', 'consent'],
  ['consentement', 'consent'],
  ['email', 'email'],
  ['courriel', 'email'],
  ['gender', 'gender'],
  ['genre', 'gender'],
  ['sexe', 'gender'],
  ['organisation', 'organisation'],
  ['organization', 'organisation'],
  ['institution', 'organisation'],
  ['stakeholder', 'group'],
  ['country', 'country'],
  ['pays', 'country'],
];

/**
 * Suggests a mapping from the header row: exact names first, then hints inside longer names;
 * each column and each field is used once. A lone "Nom" or "Last name" is the whole name, but
 * beside a "Prénom"/"First name" column it is the family name.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(fold);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const assign = (field: ImportField, column: number) => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  const hasGiven = folded.some((header) => headerWords.givenName.includes(header));
  folded.forEach((header, column) => {
    if (header === 'nom' || header === 'last name' || header === 'surname') assign(hasGiven ? 'familyName' : 'name', column);
  });
  for (const field of importFields) folded.forEach((header, column) => headerWords[field].includes(header) && assign(field, column));
  for (const [hint, field] of headerHints) folded.forEach((header, column) => header.split(' ').includes(hint) && assign(field, column));
  return mapping;
}

/** A mapping can import when it finds names: a name column, or given and/or family names. */
export function mappingHasName(mapping: ColumnMapping): boolean {
  return mapping.name !== undefined || mapping.givenName !== undefined || mapping.familyName !== undefined;
}
