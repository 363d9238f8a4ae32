import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../shared/activities/outcome';
import { editCanvas } from '../../../shared/hackathon/canvas';
import { hackathonAppendix, hackathonCanvasesCsv, hackathonResultsCsv } from '../../../shared/hackathon/exportData';
import { scoreSubmission } from '../../../shared/hackathon/scores';
import { addJudge, setRubric, updateSettings } from '../../../shared/hackathon/settings';
import { submit } from '../../../shared/hackathon/submissions';
import { createTeam } from '../../../shared/hackathon/teams';

const host: Actor = { deviceId: 'host', role: 'facilitator' };
const person = (id: string): Actor => ({ deviceId: id, name: id, role: 'participant' });

describe('hackathon exports', () => {
  it('writes results only once judging has closed, with ties marked, and every canvas', () => {
    const doc = new Y.Doc();
    setRubric(doc, { criteria: [{ id: 'impact', label: 'Impact', weight: 100 }], scale: { min: 1, max: 5 } }, host);
    addJudge(doc, { deviceId: 'j', name: 'Judge' }, host);
    for (const name of ['Ada', 'Bo']) {
      const team = createTeam(doc, { name }, person(name), 1);
      if (!team.ok) throw new Error('no team');
      editCanvas(doc, team.value, 'idea', `Idea of ${name}, "quoted"`, person(name));
      submit(doc, `Pitch of ${name}`, person(name), 2, undefined);
      scoreSubmission(doc, team.value, 'impact', 3, person('j'), 3);
    }
    expect(hackathonResultsCsv(doc).trim().split(/\r?\n/)).toHaveLength(1);
    updateSettings(doc, { closed: true }, host);
    const lines = hackathonResultsCsv(doc).trim().split(/\r?\n/);
    expect(lines[0]).toBe('rank,tied,team,challenge,normalised_score,raw_score,judges,late');
    expect(lines.slice(1).every((line) => line.startsWith('1,true,'))).toBe(true);
    const canvases = hackathonCanvasesCsv(doc);
    expect(canvases).toContain('"Idea of Ada, ""quoted"""');
    expect(canvases).toContain('Pitch of Bo');
  });

  it('builds the Word appendix: results only after judging closes, ties as shared ranks, every canvas', () => {
    const doc = new Y.Doc();
    setRubric(doc, { criteria: [{ id: 'impact', label: 'Impact', weight: 100 }], scale: { min: 1, max: 5 } }, host);
    addJudge(doc, { deviceId: 'j', name: 'Judge' }, host);
    for (const name of ['Ada', 'Bo']) {
      const team = createTeam(doc, { name }, person(name), 1);
      if (!team.ok) throw new Error('no team');
      editCanvas(doc, team.value, 'idea', `Idea of ${name}`, person(name));
      submit(doc, `Pitch of ${name}`, person(name), 2, undefined);
      scoreSubmission(doc, team.value, 'impact', 3, person('j'), 3);
    }
    const labels = {
      heading: 'Hackathon',
      resultsCaption: 'Results',
      rank: 'Rank',
      team: 'Team',
      challenge: 'Challenge',
      score: 'Score',
      tie: 'tie',
      unscored: 'Not scored',
      summary: 'Summary',
      fields: { problem: 'Problem', users: 'Users', idea: 'Idea', howItWorks: 'How it works', dataNeeded: 'Data needed', risks: 'Risks', nextSteps: 'Next steps' },
    };
    expect(hackathonAppendix(doc, labels).table).toBeUndefined();
    updateSettings(doc, { closed: true }, host);
    const appendix = hackathonAppendix(doc, labels);
    expect(appendix.table?.rows.map((row) => row[0])).toEqual(['1 (tie)', '1 (tie)']);
    // Both teams were formed at the same instant, so their order is not part of the check.
    expect(appendix.sections.map((section) => section.heading).sort()).toEqual(['Ada', 'Bo']);
    expect(appendix.sections.find((section) => section.heading === 'Ada')?.fields).toEqual([
      { label: 'Idea', value: 'Idea of Ada' },
      { label: 'Summary', value: 'Pitch of Ada' },
    ]);
  });
});
