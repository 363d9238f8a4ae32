import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facilitatorRoots, participantRoots } from '../../../shared/workshop/roots';

const security = readFileSync(new URL('../../../docs/SECURITY.md', import.meta.url), 'utf8');
const section = security.slice(security.indexOf('### Who may write what'));

describe('docs/SECURITY.md names the roots the hub enforces', () => {
  it('lists every facilitator root, and no other', () => {
    const list = /\(`shared\/workshop\/roots\.ts`: ([^)]*)\)/.exec(section)?.[1] ?? '';
    const named = [...list.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]);
    expect(named.sort()).toEqual([...facilitatorRoots].sort());
  });

  it('has one row of the write rules per participant root, and no other', () => {
    const table = section.slice(section.indexOf('| root |'), section.indexOf('\n\n', section.indexOf('| root |')));
    const rows = [...table.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual([...participantRoots].sort());
  });
});
