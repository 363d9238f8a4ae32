import type { AttendanceMode, Gender, StakeholderGroup } from './schema';

/**
 * Turning what people type in sign-up sheets, in English and French, into the register's ids.
 * Matching is on a folded form (lower case, accents dropped, punctuation as spaces) so "Société
 * civile", "societe-civile" and "SOCIETE CIVILE" are one answer. An answer that matches nothing
 * comes back as `undefined` only when the cell was blank; otherwise as 'unrecognised', so the
 * import can tell the organiser which cell to fix rather than silently dropping it.
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type Normalised<T> = T | undefined | 'unrecognised';

function lookup<T extends string>(table: Readonly<Record<T, readonly string[]>>, raw: string, keywords: readonly (readonly [string, T])[] = []): Normalised<T> {
  const folded = fold(raw);
  if (folded === '') return undefined;
  const withoutNote = fold(raw.replace(/\(.*?\)/g, ' '));
  for (const candidate of [folded, withoutNote]) {
    for (const [id, words] of Object.entries(table) as [T, readonly string[]][]) if (words.includes(candidate)) return id;
  }
  for (const [word, id] of keywords) if (folded.split(' ').some((token) => token.startsWith(word))) return id;
  return 'unrecognised';
}

const genderWords: Record<Gender, readonly string[]> = {
  woman: ['woman', 'women', 'female', 'f', 'w', 'femme', 'femmes', 'feminin', 'fille', 'girl', 'mrs', 'ms', 'mme', 'madame', 'mujer'],
  man: ['man', 'men', 'male', 'm', 'h', 'homme', 'hommes', 'masculin', 'garcon', 'boy', 'mr', 'monsieur', 'hombre'],
  anotherIdentity: ['another identity', 'other', 'another', 'non binary', 'nonbinary', 'non binaire', 'x', 'autre', 'autre identite', 'diverse', 'genderqueer'],
  preferNotToSay: ['prefer not to say', 'prefer not to answer', 'rather not say', 'prefer not', 'declined', 'ne souhaite pas repondre', 'prefere ne pas repondre', 'je prefere ne pas repondre', 'prefere ne pas dire', 'sans reponse'],
};

export function normaliseGender(raw: string): Normalised<Gender> {
  return lookup(genderWords, raw);
}

const groupWords: Record<StakeholderGroup, readonly string[]> = {
  government: ['government', 'gov', 'govt', 'public sector', 'ministry', 'regulator', 'parliament', 'judiciary', 'local government', 'municipality', 'gouvernement', 'secteur public', 'administration', 'administration publique', 'ministere', 'collectivite locale'],
  civilSociety: ['civil society', 'cso', 'ngo', 'ong', 'nonprofit', 'non profit', 'association', 'societe civile', 'osc'],
  intergovernmental: ['intergovernmental', 'intergovernmental organisation', 'intergovernmental organization', 'igo', 'international organisation', 'international organization', 'un', 'united nations', 'organisation intergouvernementale', 'oig', 'organisation internationale', 'nations unies', 'onu'],
  academia: ['academia', 'academic', 'university', 'research', 'universite', 'recherche', 'milieu universitaire', 'universitaire'],
  privateSector: ['private sector', 'private', 'business', 'industry', 'company', 'secteur prive', 'prive', 'entreprise', 'industrie'],
  technicalCommunity: ['technical community', 'technical', 'tech community', 'communaute technique', 'technique'],
  media: ['media', 'press', 'journalist', 'medias', 'presse', 'journaliste'],
  other: ['other', 'autre', 'autres'],
};

/** Word starts that settle a longer answer such as "Government of Kenya, Ministry of ICT". */
const groupKeywords: readonly (readonly [string, StakeholderGroup])[] = [
  ['intergov', 'intergovernmental'],
  ['govern', 'government'],
  ['gouvern', 'government'],
  ['minist', 'government'],
  ['ngo', 'civilSociety'],
  ['univers', 'academia'],
  ['academ', 'academia'],
  ['journal', 'media'],
];

export function normaliseGroup(raw: string): Normalised<StakeholderGroup> {
  return lookup(groupWords, raw, groupKeywords);
}

const modeWords: Record<AttendanceMode, readonly string[]> = {
  onsite: ['onsite', 'on site', 'in person', 'inperson', 'physical', 'in the room', 'presentiel', 'en presentiel', 'sur place', 'physique'],
  online: ['online', 'remote', 'virtual', 'remotely', 'en ligne', 'distanciel', 'a distance', 'en distanciel', 'virtuel'],
};

export function normaliseMode(raw: string): Normalised<AttendanceMode> {
  return lookup(modeWords, raw);
}

const consentWords: Record<'yes' | 'no', readonly string[]> = {
  yes: ['yes', 'y', 'true', '1', 'x', 'ok', 'agree', 'i agree', 'consent', 'oui', 'o', 'vrai', 'd accord', 'j accepte', 'accepte'],
  no: ['no', 'n', 'false', '0', 'non', 'faux', 'refuse', 'disagree'],
};

/** A blank consent cell is "no": consent must be given, never assumed. */
export function normaliseConsent(raw: string): boolean | 'unrecognised' {
  if (raw.trim() === '✓' || raw.trim() === '✔') return true;
  const answer = lookup(consentWords, raw);
  return answer === 'unrecognised' ? answer : answer === 'yes';
}
