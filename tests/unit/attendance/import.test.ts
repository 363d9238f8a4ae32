import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importParticipants, previewImport } from '../../../shared/attendance/import';
import { suggestMapping } from '../../../shared/attendance/mapping';
import { normaliseConsent, normaliseGender, normaliseGroup, normaliseMode } from '../../../shared/attendance/normalise';
import { addParticipant, readParticipants } from '../../../shared/attendance/register';

const englishSheet = [
  'Full name,Organization,Stakeholder group,Gender,Country,Attendance,Email,Consent to contact',
  'Amina Diallo,Ministry of ICT,Government,Female,Senegal,In person,amina@example.org,yes',
  'Kofi Mensah,Open Data Ghana,NGO,M,Ghana,online,,',
  ',Nobody Ltd,Private sector,F,Kenya,onsite,,',
  'Lina Haddad,University of Tunis,Academia,Femme,Tunisia,onsite,lina@example.org,',
  'Jo Bloggs,Media House,Press,robot,UK,onsite,,',
  'Sam Lee,Tech Co,Technical community,prefer not to say,Korea,hybrid,,',
  'Ana Silva,UNESCO,Intergovernmental organization,woman,Brazil,online,not-an-email,yes',
].join('\r\n');

describe('suggesting a column mapping', () => {
  it('maps English headers', () => {
    const headers = englishSheet.split('\r\n')[0]!.split(',');
    expect(suggestMapping(headers)).toEqual({ name: 0, organisation: 1, group: 2, gender: 3, country: 4, mode: 5, email: 6, consent: 7 });
  });

  it('maps French headers, reading "Nom" as the family name beside "Prénom"', () => {
    expect(suggestMapping(['Prénom', 'Nom', 'Organisation', 'Genre', 'Pays', 'Courriel', 'Consentement'])).toEqual({
      givenName: 0,
      familyName: 1,
      organisation: 2,
      gender: 3,
      country: 4,
      email: 5,
      consent: 6,
    });
    expect(suggestMapping(['Nom', 'Sexe', 'Mode de participation'])).toEqual({ name: 0, gender: 1, mode: 2 });
    expect(suggestMapping(['Email address (optional)', 'Participant'])).toEqual({ email: 0, name: 1 });
  });
});

describe('normalising answers', () => {
  it('reads gender in English and French', () => {
    expect(['F', 'female', 'Femme', 'woman'].map(normaliseGender)).toEqual(['woman', 'woman', 'woman', 'woman']);
    expect(['M', 'Homme', 'male'].map(normaliseGender)).toEqual(['man', 'man', 'man']);
    expect(normaliseGender('Non-binaire')).toBe('anotherIdentity');
    expect(normaliseGender('Je préfère ne pas répondre')).toBe('preferNotToSay');
    expect(normaliseGender('')).toBeUndefined();
    expect(normaliseGender('robot')).toBe('unrecognised');
  });

  it('reads stakeholder groups, modes and consent', () => {
    expect(['Société civile', 'ONG', 'Government of Kenya', 'Secteur privé', 'OIG', 'Université de Dakar'].map(normaliseGroup)).toEqual([
      'civilSociety',
      'civilSociety',
      'government',
      'privateSector',
      'intergovernmental',
      'academia',
    ]);
    expect(['Présentiel', 'en ligne', 'In-person', 'remote'].map(normaliseMode)).toEqual(['onsite', 'online', 'onsite', 'online']);
    expect(['Oui', 'x', '', 'non', 'peut-être'].map(normaliseConsent)).toEqual([true, true, false, false, 'unrecognised']);
  });
});

describe('importing a sign-up sheet', () => {
  it('imports good rows and reports every rejected row with its line and reason', () => {
    const doc = new Y.Doc();
    const preview = previewImport(englishSheet);
    if (!preview.ok) throw new Error(preview.refusal.code);
    expect(preview.value.rowCount).toBe(7);
    const result = importParticipants(doc, englishSheet, preview.value.suggested, 100);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.added).toHaveLength(3);
    expect(result.value.rejected).toEqual([
      { line: 4, code: 'import.nameMissing' },
      { line: 6, code: 'import.badGender', value: 'robot' },
      { line: 7, code: 'import.badMode', value: 'hybrid' },
      { line: 8, code: 'import.badEmail', email: 'not-an-email' },
    ]);
    // Lina gave an email but no consent: she is registered, her email is not kept.
    expect(result.value.warnings).toEqual([{ line: 5, code: 'import.emailDropped' }]);
    const people = readParticipants(doc).participants;
    expect(people.map((p) => [p.name, p.group, p.gender, p.mode, p.email])).toEqual([
      ['Amina Diallo', 'government', 'woman', 'onsite', 'amina@example.org'],
      ['Kofi Mensah', 'civilSociety', 'man', 'online', undefined],
      ['Lina Haddad', 'academia', 'woman', 'onsite', undefined],
    ]);
  });

  it('importing the same sheet again adds nobody twice', () => {
    const doc = new Y.Doc();
    const mapping = suggestMapping(englishSheet.split('\r\n')[0]!.split(','));
    importParticipants(doc, englishSheet, mapping, 1);
    const again = importParticipants(doc, englishSheet, mapping, 2);
    expect(again.ok && again.value.added).toEqual([]);
    expect(again.ok && again.value.rejected.filter((r) => r.code === 'import.duplicate')).toHaveLength(3);
    expect(readParticipants(doc).participants).toHaveLength(3);
  });

  it('joins first and family names from a French sheet', () => {
    const doc = new Y.Doc();
    const sheet = 'Prénom;Nom;Organisation;Genre\nAwa;Diallo;Ministère du Numérique;F\n';
    const preview = previewImport(sheet);
    if (!preview.ok) throw new Error(preview.refusal.code);
    importParticipants(doc, sheet, preview.value.suggested, 1);
    expect(readParticipants(doc).participants[0]).toMatchObject({ name: 'Awa Diallo', organisation: 'Ministère du Numérique', gender: 'woman' });
  });

  it('rejects a row whose extra cells would shift its columns', () => {
    const doc = new Y.Doc();
    const result = importParticipants(doc, 'Name,Organisation\nAmina,Ministry of ICT, Posts and Telecoms\nKofi,NGO\n', { name: 0, organisation: 1 }, 1);
    expect(result.ok && result.value.rejected).toEqual([{ line: 2, code: 'import.extraCells', cells: 3, expected: 2 }]);
    expect(readParticipants(doc).participants.map((p) => p.name)).toEqual(['Kofi']);
  });

  it('refuses a file with no name column, or broken quoting, and changes nothing already stored', () => {
    const doc = new Y.Doc();
    addParticipant(doc, { name: 'Already here' }, 0);
    const before = Y.encodeStateAsUpdate(doc);
    const noName = 'Organisation,Country\nMinistry,Kenya\n';
    const preview = previewImport(noName);
    expect(preview.ok && preview.value.suggested).toEqual({ organisation: 0, country: 1 });
    expect(importParticipants(doc, noName, preview.ok ? preview.value.suggested : {}, 1)).toEqual({ ok: false, refusal: { code: 'import.noNameColumn' } });
    expect(importParticipants(doc, 'Name,Org\n"Amina,Ministry\n', { name: 0, organisation: 1 }, 1)).toEqual({ ok: false, refusal: { code: 'csv.unclosedQuote', line: 2 } });
    expect(importParticipants(doc, 'Name\nAmina\n', { name: 0, email: 3 }, 1)).toMatchObject({ ok: false, refusal: { code: 'import.columnOutOfRange' } });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readParticipants(doc).participants.map((p) => p.name)).toEqual(['Already here']);
  });
});
