import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompetenciesActivity } from '../../../shared/activities/config';
import { defaultActivity } from '../../../shared/activities/config';
import { beforeAfter, heatMap, priorityView, prioritise, rateCompetency, readAssessments } from '../../../shared/competencies/assessment';
import { attitudes, barriers, competencies, domains, ratingLabelKeys, roamxPrinciples } from '../../../shared/competencies/framework';
import { competencyEnglish } from '../../../shared/competencies/strings.en';
import { readRun, setPollClosed } from '../../../shared/run/state';
import { syncDocs } from '../../fixtures/workshop';

describe('the framework data', () => {
  it('has three domains holding the fourteen competencies, 4 + 6 + 4', () => {
    expect(domains.map((d) => d.competencyIds.length)).toEqual([4, 6, 4]);
    expect(new Set(competencies.map((c) => c.id)).size).toBe(14);
  });

  it('has English text for every key it names', () => {
    const keys = [
      ...competencies.flatMap((c) => [c.key, c.descriptionKey]),
      ...domains.flatMap((d) => [d.key, d.descriptionKey]),
      ...[...attitudes, ...barriers, ...roamxPrinciples].map((item) => item.key),
      ...Object.values(ratingLabelKeys),
    ];
    expect(keys.filter((key) => !competencyEnglish[key])).toEqual([]);
    expect(attitudes).toHaveLength(5);
    expect(barriers).toHaveLength(3);
  });
});

describe('self-assessment', () => {
  it('refuses a level outside 1–5 and an unknown competency', () => {
    const doc = new Y.Doc();
    expect(rateCompetency(doc, 'before', 'p1', 'systemsThinking', 6, 0)).toMatchObject({ ok: false, refusal: { code: 'ratings.badLevel' } });
    expect(rateCompetency(doc, 'before', 'p1', 'juggling', 3, 0)).toMatchObject({ ok: false, refusal: { code: 'ratings.unknownCompetency' } });
    expect(readAssessments(doc, 'before').byPerson.size).toBe(0);
  });

  it('heat map gives each competency its mean and spread, and each domain its mean', () => {
    const doc = new Y.Doc();
    rateCompetency(doc, 'before', 'p1', 'systemsThinking', 2, 0);
    rateCompetency(doc, 'before', 'p2', 'systemsThinking', 4, 0);
    rateCompetency(doc, 'before', 'p2', 'agileStrategy', 3, 0);
    rateCompetency(doc, 'before', 'p1', 'aiFundamentals', 1, 0);
    const map = heatMap(readAssessments(doc, 'before').byPerson);
    const planning = map.find((d) => d.domainId === 'planningDesign');
    const systems = planning?.competencies.find((c) => c.competencyId === 'systemsThinking');
    expect(systems).toMatchObject({ count: 2, mean: 3, distribution: [0, 1, 0, 1, 0] });
    expect(planning).toMatchObject({ count: 3, mean: 3 });
    expect(map.find((d) => d.domainId === 'managementExecution')).toMatchObject({ count: 0, mean: undefined });
  });

  it('changing one’s mind replaces the rating; clearing removes it', () => {
    const doc = new Y.Doc();
    rateCompetency(doc, 'before', 'p1', 'iteration', 2, 0);
    rateCompetency(doc, 'before', 'p1', 'iteration', 5, 1);
    expect(readAssessments(doc, 'before').byPerson.get('p1')).toEqual({ iteration: 5 });
    rateCompetency(doc, 'before', 'p1', 'iteration', undefined, 2);
    expect(readAssessments(doc, 'before').byPerson.get('p1')).toEqual({});
  });

  it('before/after shows the change only where both rounds have ratings, with the paired change', () => {
    const doc = new Y.Doc();
    rateCompetency(doc, 'before', 'p1', 'digitalLiteracy', 2, 0);
    rateCompetency(doc, 'before', 'p2', 'digitalLiteracy', 2, 0);
    rateCompetency(doc, 'before', 'p1', 'privacySecurity', 3, 0);
    rateCompetency(doc, 'after', 'p1', 'digitalLiteracy', 4, 0);
    rateCompetency(doc, 'after', 'p3', 'digitalLiteracy', 5, 0);
    const changes = beforeAfter(readAssessments(doc, 'before').byPerson, readAssessments(doc, 'after').byPerson);
    expect(changes).toEqual([
      { competencyId: 'digitalLiteracy', key: 'competencies.digitalLiteracy', before: 2, after: 4.5, delta: 2.5, countBefore: 2, countAfter: 2, paired: { count: 1, delta: 2 } },
    ]);
  });

  it('two people rating at the same time on different laptops both count', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    rateCompetency(one, 'before', 'p1', 'agileExecution', 3, 0);
    rateCompetency(two, 'before', 'p2', 'agileExecution', 5, 0);
    syncDocs(one, two);
    expect(heatMap(readAssessments(one, 'before').byPerson)[2]?.competencies[2]).toMatchObject({ count: 2, mean: 4 });
  });
});

describe('competency priorities', () => {
  it('ranks competencies by dots with the vote rules, every competency listed', () => {
    const doc = new Y.Doc();
    const config = defaultActivity('competencies') as CompetenciesActivity;
    const run = () => readRun(doc);
    prioritise(doc, 'part', 'p1', 'digitalLeadership', config, run(), 0);
    prioritise(doc, 'part', 'p2', 'digitalLeadership', config, run(), 0);
    prioritise(doc, 'part', 'p2', 'aiFundamentals', config, run(), 0);
    expect(prioritise(doc, 'part', 'p2', 'aiFundamentals', config, run(), 0)).toMatchObject({ ok: false, refusal: { code: 'votes.optionFull' } });
    expect(prioritise(doc, 'part', 'p2', 'knitting', config, run(), 0)).toMatchObject({ ok: false, refusal: { code: 'votes.unknownOption' } });
    const view = priorityView(doc, 'part', config, run(), { deviceId: 'p1', role: 'participant' });
    expect(view.results).toHaveLength(14);
    expect(view.results.slice(0, 2).map((r) => [r.optionId, r.dots, r.rank])).toEqual([
      ['digitalLeadership', 2, 1],
      ['aiFundamentals', 1, 2],
    ]);
    setPollClosed(doc, 'part', true, 0);
    expect(prioritise(doc, 'part', 'p3', 'iteration', config, run(), 0)).toMatchObject({ ok: false, refusal: { code: 'votes.closed' } });
  });
});
