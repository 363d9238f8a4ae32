import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readParticipants, registerSelf } from '../../../shared/attendance/register';
import { liveInterest, setCoalitionInterest, withdrawCoalitionInterest } from '../../../shared/coalition/interest';
import { workshopCoalition } from '../../../shared/coalition/list';
import { consentHash, readCoalitionSettings, saveCoalitionSettings } from '../../../shared/coalition/settings';
import { participantsCsv } from '../../../shared/exchange/datasets';
import { jsonDataFromDoc } from '../../../shared/exchange/jsonData';
import { makeWorkshop } from '../../fixtures/workshop';

const consentText = 'I agree to be listed for the coalition and contacted about it.';
const shown = { text: consentText, version: 1, language: 'en' };

function askedRoom(): { doc: Y.Doc; groups: Record<string, string> } {
  const doc = makeWorkshop();
  const saved = saveCoalitionSettings(doc, { open: true, consentText, workingGroups: [{ label: 'Data governance' }, { label: 'Skills' }] }, 10);
  if (!saved.ok) throw new Error('settings refused');
  registerSelf(doc, 'p-amina', { name: 'Amina Njoroge', organisation: 'ICT Authority', country: 'Kenya', group: 'government', email: 'amina@example.org', emailConsent: true }, 20);
  return { doc, groups: Object.fromEntries(saved.value.workingGroups.map((group) => [group.label, group.id])) };
}

function entry(doc: Y.Doc, id: string) {
  return readParticipants(doc).participants.find((person) => person.id === id);
}

describe('the organiser’s coalition settings', () => {
  it('are not asked until the organiser says so, and count each change of the consent words', () => {
    const doc = makeWorkshop();
    expect(readCoalitionSettings(doc)).toMatchObject({ open: false, consentText: '', workingGroups: [], version: 0 });
    const first = saveCoalitionSettings(doc, { open: true, consentText: '  Words  ', workingGroups: [{ label: ' Data   governance ' }, { label: '' }] }, 1);
    expect(first.ok && first.value).toMatchObject({ consentText: 'Words', version: 1, workingGroups: [{ label: 'Data governance' }] });
    const groupId = first.ok ? first.value.workingGroups[0]!.id : '';
    // Renaming keeps the id; the same words keep the version.
    const renamed = saveCoalitionSettings(doc, { open: true, consentText: 'Words', workingGroups: [{ id: groupId, label: 'Data policy' }] }, 2);
    expect(renamed.ok && renamed.value).toMatchObject({ version: 1, workingGroups: [{ id: groupId, label: 'Data policy' }] });
    expect(saveCoalitionSettings(doc, { open: true, consentText: 'Other words', workingGroups: [] }, 3)).toMatchObject({ ok: true, value: { version: 2 } });
  });

  it('refuse a working group twice, a label too long, and a consent text too long', () => {
    const doc = makeWorkshop();
    expect(saveCoalitionSettings(doc, { open: true, consentText: '', workingGroups: [{ label: 'Skills' }, { label: 'skills' }] }, 1)).toMatchObject({ ok: false, refusal: { code: 'coalition.groupTwice' } });
    expect(saveCoalitionSettings(doc, { open: true, consentText: '', workingGroups: [{ label: 'x'.repeat(121) }] }, 1)).toMatchObject({ ok: false, refusal: { code: 'coalition.groupTooLong' } });
    expect(saveCoalitionSettings(doc, { open: true, consentText: 'x'.repeat(2001), workingGroups: [] }, 1)).toMatchObject({ ok: false, refusal: { code: 'coalition.consentTooLong' } });
    expect(readCoalitionSettings(doc).open).toBe(false);
  });
});

describe('a participant’s interest', () => {
  it('records what was consented to: the hash of the words shown, their version and language, and when', () => {
    const { doc, groups } = askedRoom();
    const result = setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [groups.Skills!] }, shown, 30);
    expect(result.ok).toBe(true);
    expect(entry(doc, 'p-amina')?.coalition).toEqual({
      state: 'interested',
      joinCoalition: true,
      workingGroups: [groups.Skills],
      consent: { hash: consentHash(consentText), version: 1, language: 'en', at: 30 },
    });
    expect(consentHash(consentText)).toMatch(/^[0-9a-f]{64}$/);
    expect(consentHash(`${consentText} `)).not.toBe(consentHash(consentText));
    // Saving the same choice again keeps the time of the first agreement.
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [groups.Skills!] }, shown, 40);
    expect(liveInterest(entry(doc, 'p-amina')!)?.consent.at).toBe(30);
  });

  it('is refused for a working group the organiser did not set up, when not asked, and without a register entry', () => {
    const { doc } = askedRoom();
    expect(setCoalitionInterest(doc, 'p-amina', { joinCoalition: false, workingGroups: ['invented'] }, shown, 30)).toMatchObject({ ok: false, refusal: { code: 'coalition.unknownGroup' } });
    expect(setCoalitionInterest(doc, 'p-nobody', { joinCoalition: true, workingGroups: [] }, shown, 30)).toMatchObject({ ok: false, refusal: { code: 'coalition.notRegistered' } });
    saveCoalitionSettings(doc, { open: false, consentText, workingGroups: [] }, 31);
    expect(setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [] }, shown, 32)).toMatchObject({ ok: false, refusal: { code: 'coalition.notAsked' } });
    expect(entry(doc, 'p-amina')?.coalition).toBeUndefined();
  });

  it('unticked, is withdrawn: nothing of the interest is kept, only when', () => {
    const { doc, groups } = askedRoom();
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [groups.Skills!] }, shown, 30);
    expect(workshopCoalition({ workshopId: 'ws-test', workshopTitle: 'Test forum', participants: readParticipants(doc).participants, settings: readCoalitionSettings(doc) })).toHaveLength(1);
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: false, workingGroups: [] }, shown, 50);
    expect(entry(doc, 'p-amina')?.coalition).toEqual({ state: 'withdrawn', at: 50, by: 'self' });
    expect(workshopCoalition({ workshopId: 'ws-test', workshopTitle: 'Test forum', participants: readParticipants(doc).participants, settings: readCoalitionSettings(doc) })).toEqual([]);
    // Unticking with nothing ticked before records nothing.
    registerSelf(doc, 'p-kofi', { name: 'Kofi' }, 60);
    setCoalitionInterest(doc, 'p-kofi', { joinCoalition: false, workingGroups: [] }, shown, 61);
    expect(entry(doc, 'p-kofi')?.coalition).toBeUndefined();
  });

  it('is withdrawn by the facilitator at the person’s request, and the person can give it again', () => {
    const { doc } = askedRoom();
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [] }, shown, 30);
    withdrawCoalitionInterest(doc, 'p-amina', 40);
    expect(entry(doc, 'p-amina')?.coalition).toEqual({ state: 'withdrawn', at: 40, by: 'facilitator' });
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [] }, shown, 50);
    expect(liveInterest(entry(doc, 'p-amina')!)?.consent.at).toBe(50);
  });

  it('never reaches the workshop’s “everything” exports, ticked or withdrawn', () => {
    const { doc, groups } = askedRoom();
    setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [groups['Data governance']!] }, shown, 30);
    const everything = [participantsCsv(jsonDataFromDoc(doc, { now: 100 }).participants), JSON.stringify(jsonDataFromDoc(doc, { now: 100 }))];
    for (const file of everything) {
      expect(file).toContain('Amina Njoroge');
      expect(file).not.toMatch(/coalition|Data governance|interested|consent/i);
    }
  });
});
