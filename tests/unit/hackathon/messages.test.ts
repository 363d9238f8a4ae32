import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hackathonEnglish } from '../../../shared/hackathon/messages.en';

const dir = join(import.meta.dirname, '../../../shared/hackathon');

describe('hackathon messages', () => {
  it('every refusal and hint code has an English sentence', () => {
    const codes = new Set<string>();
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.includes('.en.'))) {
      for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/'(hackathon\.(?:hint\.)?[a-zA-Z0-9]+)'/g)) codes.add(match[1] as string);
    }
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !hackathonEnglish[code])).toEqual([]);
  });
});
