import { describe, expect, it } from 'vitest';
import { activityOf, defaultActivity, setActivity, voteSourcePart, withDefaultActivities } from '../../../shared/activities/config';
import { agendaFromFormat, findFormat } from '../../../shared/workshop/formats';
import { partsMap, readWorkshop } from '../../../shared/workshop/doc';
import { makeWorkshop } from '../../fixtures/workshop';

describe('activities per part', () => {
  it('each part kind gets a sensible activity by default', () => {
    expect(defaultActivity('brainstorm').kind).toBe('cards');
    expect(defaultActivity('vote').kind).toBe('dots');
    expect(defaultActivity('competencies').kind).toBe('competencies');
    expect(defaultActivity('qna').kind).toBe('qna');
    expect(defaultActivity('break').kind).toBe('none');
  });

  it('the three-part forum’s challenges part sorts cards by the framework’s three barriers', () => {
    const format = findFormat('forum3');
    const parts = withDefaultActivities(agendaFromFormat(format, (key) => key), { format: format.id });
    const challenges = parts[1]?.activity;
    expect(challenges?.kind === 'cards' && challenges.categories.map((c) => c.id)).toEqual(['culturalOrganisational', 'dataInfrastructure', 'humanResourceCapacity']);
    expect(defaultActivity('brainstorm', { format: 'dialogue' })).toMatchObject({ categories: [] });
  });

  it('a setting saved on a part is kept, and a refused one changes nothing', () => {
    const doc = makeWorkshop();
    const part = readWorkshop(doc).parts[1]!;
    expect(setActivity(doc, part.id, { kind: 'cards', maxLength: 140, categories: [], anonymous: false, holdNew: true }).ok).toBe(true);
    expect(activityOf(readWorkshop(doc).parts[1]!)).toMatchObject({ maxLength: 140, holdNew: true });
    expect(setActivity(doc, part.id, { kind: 'cards', maxLength: 5, categories: [], anonymous: false, holdNew: true })).toMatchObject({ ok: false, refusal: { code: 'activity.invalid', field: 'maxLength' } });
    expect(activityOf(readWorkshop(doc).parts[1]!)).toMatchObject({ maxLength: 140 });
  });

  it('an activity this version cannot read falls back to the default without hiding the part', () => {
    const doc = makeWorkshop();
    const part = readWorkshop(doc).parts[1]!;
    partsMap(doc).get(part.id)?.set('activity', { kind: 'wordCloud', words: 3 });
    const reread = readWorkshop(doc);
    expect(reread.parts).toHaveLength(3);
    expect(activityOf(reread.parts[1]!, { format: 'forum3' }).kind).toBe('cards');
  });

  it('a vote counts the cards of the nearest brainstorm before it unless told otherwise', () => {
    const parts = [
      { id: 'a', kind: 'brainstorm' as const },
      { id: 'b', kind: 'discussion' as const },
      { id: 'c', kind: 'vote' as const },
      { id: 'd', kind: 'brainstorm' as const },
      { id: 'e', kind: 'vote' as const, activity: { kind: 'dots', dots: 3, maxPerOption: 1, hiddenUntilClosed: false, sourcePartId: 'a' } },
    ];
    expect(voteSourcePart(parts, 'c')?.id).toBe('a');
    expect(voteSourcePart(parts, 'e')?.id).toBe('a');
  });

  it('the three-part forum’s built-in dot vote votes on the challenges’ cards', () => {
    const format = findFormat('forum3');
    const parts = withDefaultActivities(agendaFromFormat(format, (key) => key), { format: format.id }).map((part, index) => ({ ...part, id: `p${index}` }));
    expect(parts[2]?.activity.kind).toBe('dots');
    expect(voteSourcePart(parts, 'p2', { format: format.id })?.title).toBe('formats.forum3.parts.challenges.title');
  });
});
