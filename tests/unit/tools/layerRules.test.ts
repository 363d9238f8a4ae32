import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `source` as if it were the file at `filePath` (nothing is written), and returns the
 *  messages of the import rule. */
async function importErrors(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layer rules in npm run lint', () => {
  it('hold in the folders that are the doors for Dexie and the sync providers too', async () => {
    for (const folder of ['renderer/src/sync', 'renderer/src/persistence', 'renderer/src/features/run']) {
      expect(await importErrors(`${folder}/probe.ts`, "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toHaveLength(1);
      expect(await importErrors(`${folder}/probe.ts`, "import { createHub } from '../../../electron/hub';\nexport const hub = createHub;\n")).toHaveLength(1);
    }
  });

  it('let each door import its own library, and only its own', async () => {
    expect(await importErrors('renderer/src/persistence/probe.ts', "import { Dexie } from 'dexie';\nexport const D = Dexie;\n")).toEqual([]);
    expect(await importErrors('renderer/src/sync/probe.ts', "import { WebsocketProvider } from 'y-websocket';\nexport const P = WebsocketProvider;\n")).toEqual([]);
    expect(await importErrors('renderer/src/sync/probe.ts', "import { Dexie } from 'dexie';\nexport const D = Dexie;\n")).toHaveLength(1);
    expect(await importErrors('renderer/src/features/run/probe.ts', "import { Dexie } from 'dexie';\nexport const D = Dexie;\n")).toHaveLength(1);
  });
});
