import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalEnglish } from '../../../shared/activities/messages.en';

const sharedDir = join(import.meta.dirname, '../../../shared');
// A report label looked up by key (reportLabels.ts: text('insights.mean')) is not a refusal code.
const codePattern = /(?<!(?:text|counted)\()'((?:cards|clusters|votes|questions|ratings|insights|commitments|activity|run|participants|csv|import|roadmap|roadmapImport|comments)\.[a-zA-Z]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.includes('.en.') ? [join(dir, entry.name)] : []));
}

describe('refusal messages', () => {
  it('every refusal code in the domain has an English message', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(sharedDir)) for (const match of readFileSync(file, 'utf8').matchAll(codePattern)) codes.add(match[1] as string);
    expect(codes.size).toBeGreaterThan(40);
    expect([...codes].filter((code) => !refusalEnglish[code])).toEqual([]);
  });
});
