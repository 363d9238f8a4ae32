import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/attendance/schema';
import { coalitionCsv } from '../../../shared/coalition/csv';
import { programmeCoalition, workshopCoalition, type WorkshopRegister } from '../../../shared/coalition/list';
import type { CoalitionInterest, CoalitionSettings } from '../../../shared/coalition/schema';
import { consentHash } from '../../../shared/coalition/settings';
import { parseCsv } from '../../../shared/exchange/csv';

const settings: CoalitionSettings = {
  open: true,
  consentText: '',
  workingGroups: [
    { id: 'wg-data', label: 'Data governance' },
    { id: 'wg-skills', label: 'Skills' },
  ],
  version: 0,
  updatedAt: 1,
};

function interested(at: number, workingGroups: string[] = [], joinCoalition = true): CoalitionInterest {
  return { state: 'interested', joinCoalition, workingGroups, consent: { hash: consentHash('words'), version: 0, language: 'en', at } };
}

function person(id: string, details: Partial<Participant> & { coalition?: CoalitionInterest }): Participant {
  return { id, name: 'Someone', organisation: '', country: '', emailConsent: details.email !== undefined, createdAt: 1, source: 'self', ...details };
}

function workshop(workshopId: string, participants: Participant[]): WorkshopRegister {
  return { workshopId, workshopTitle: `Training ${workshopId}`, participants, settings };
}

describe('one workshop’s coalition list', () => {
  it('lists people with a live interest, with their working groups in words, and leaves out the rest', () => {
    const list = workshopCoalition(
      workshop('nairobi', [
        person('p1', { name: 'Amina', group: 'government', coalition: interested(10, ['wg-skills', 'wg-gone']) }),
        person('p2', { name: 'Kofi', coalition: { state: 'withdrawn', at: 11, by: 'self' } }),
        person('p3', { name: 'Removed', deletedAt: 12, coalition: interested(10) }),
        person('p4', { name: 'Silent' }),
        // Only a working group the organiser has since removed: nothing left to be interested in.
        person('p5', { name: 'Orphan', coalition: interested(10, ['wg-gone'], false) }),
      ]),
    );
    expect(list.map((member) => member.name)).toEqual(['Amina']);
    expect(list[0]).toMatchObject({ group: 'government', joinCoalition: true, workingGroups: [{ id: 'wg-skills', label: 'Skills' }], workshopId: 'nairobi' });
  });
});

describe('the programme’s coalition list', () => {
  it('is one row per person: by email when given, else by name and organisation', () => {
    const list = programmeCoalition([
      workshop('nairobi', [
        person('a1', { name: 'Amina Njoroge', organisation: 'ICT Authority', email: 'Amina@Example.org', coalition: interested(10) }),
        person('b1', { name: 'Baraka', organisation: 'KICTANet', coalition: interested(10) }),
      ]),
      workshop('kigali', [
        person('a2', { name: 'A. Njoroge', organisation: 'ICTA', email: 'amina@example.org ', coalition: interested(20, ['wg-data']) }),
        person('b2', { name: ' baraka ', organisation: 'kictanet', coalition: interested(5) }),
        person('b3', { name: 'Baraka', organisation: 'Another org', coalition: interested(6) }),
      ]),
    ]);
    expect(list.map((member) => [member.name, member.workshopId])).toEqual([
      // The latest interest gives the row its details and its workshop.
      ['A. Njoroge', 'kigali'],
      ['Baraka', 'kigali'],
      ['Baraka', 'nairobi'],
    ]);
    expect(list[0]!.workingGroups).toEqual([{ id: 'wg-data', label: 'Data governance' }]);
  });

  it('joins an entry without an email to the one person with that name, organisation and an email', () => {
    const list = programmeCoalition([
      workshop('nairobi', [person('a1', { name: 'Amina', organisation: 'ICTA', email: 'amina@example.org', coalition: interested(10) })]),
      workshop('kigali', [person('a2', { name: 'amina', organisation: 'icta', coalition: interested(20) })]),
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ email: '', workshopId: 'kigali' });
  });

  it('drops a person whose latest decision, in any workshop, is a withdrawal, and takes them back when they agree again', () => {
    const amina = (id: string, coalition: CoalitionInterest) => person(id, { name: 'Amina', organisation: 'ICTA', email: 'amina@example.org', coalition });
    const withdrawnLater = programmeCoalition([workshop('nairobi', [amina('a1', interested(10))]), workshop('kigali', [amina('a2', { state: 'withdrawn', at: 20, by: 'facilitator' })])]);
    expect(withdrawnLater).toEqual([]);
    const backAgain = programmeCoalition([workshop('nairobi', [amina('a1', { state: 'withdrawn', at: 10, by: 'self' })]), workshop('kigali', [amina('a2', interested(20))])]);
    expect(backAgain.map((member) => member.workshopId)).toEqual(['kigali']);
    // The same moment: left off, since that is the safe reading.
    const tie = programmeCoalition([workshop('nairobi', [amina('a1', interested(10))]), workshop('kigali', [amina('a2', { state: 'withdrawn', at: 10, by: 'self' })])]);
    expect(tie).toEqual([]);
  });
});

describe('the coalition CSV', () => {
  it('puts words beside stable keys and guards free text against formulas, never the keys', () => {
    const list = programmeCoalition([
      {
        ...workshop('-nairobi', [person('p1', { name: '=HYPERLINK("http://x")', organisation: '+ICTA', country: 'Kenya', group: 'civilSociety', coalition: interested(Date.UTC(2026, 4, 2), ['wg-data', 'wg-skills']) })]),
        workshopTitle: '@Nairobi',
      },
    ]);
    const rows = parseCsv(coalitionCsv(list));
    expect(rows[0]).toEqual([
      'name',
      'email',
      'organisation',
      'country',
      'stakeholder_group',
      'stakeholder_group (label)',
      'joins_coalition',
      'working_groups',
      'working_groups (label)',
      'workshop_id',
      'workshop',
      'consented_at',
      'consent_version',
      'consent_hash',
    ]);
    expect(rows[1]).toEqual([
      `'=HYPERLINK("http://x")`,
      '',
      "'+ICTA",
      'Kenya',
      'civilSociety',
      'Civil society',
      'true',
      'wg-data\nwg-skills',
      'Data governance\nSkills',
      '-nairobi',
      "'@Nairobi",
      '2026-05-02T00:00:00.000Z',
      '0',
      consentHash('words'),
    ]);
  });

  it('uses the translation it is given for the stakeholder group', () => {
    const list = workshopCoalition(workshop('w', [person('p1', { name: 'Amina', group: 'academia', coalition: interested(1) })]));
    const rows = parseCsv(coalitionCsv(list, { translate: (key) => (key === 'attendance.groups.academia' ? 'Milieu universitaire' : key) }));
    expect(rows[1]?.[5]).toBe('Milieu universitaire');
  });
});
