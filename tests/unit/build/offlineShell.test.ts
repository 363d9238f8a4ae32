import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { buildVersion, shellFiles } from '../../../renderer/build/offlineShell';

function chunk(fileName: string, fields: { isEntry?: boolean; imports?: string[]; modules?: string[]; css?: string[] }): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    isEntry: fields.isEntry ?? false,
    imports: fields.imports ?? [],
    moduleIds: fields.modules ?? [],
    viteMetadata: { importedCss: new Set(fields.css ?? []), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk;
}

describe('the offline shell of a build', () => {
  const bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', { isEntry: true, imports: ['assets/vendor-2.js'], css: ['assets/index-3.css'] }),
    'assets/vendor-2.js': chunk('assets/vendor-2.js', {}),
    'assets/LiveScreen-4.js': chunk('assets/LiveScreen-4.js', { modules: ['/app/renderer/src/features/run/LiveScreen.tsx'], imports: ['assets/useDoc-5.js'], css: ['assets/LiveScreen-6.css'] }),
    'assets/useDoc-5.js': chunk('assets/useDoc-5.js', { imports: ['assets/vendor-2.js'] }),
    'assets/JoinScreen-7.js': chunk('assets/JoinScreen-7.js', { modules: ['/app/renderer/src/features/lan/JoinScreen.tsx'] }),
    'assets/mermaid-8.js': chunk('assets/mermaid-8.js', { modules: ['/app/node_modules/mermaid/dist/mermaid.core.mjs'] }),
  } as unknown as Rollup.OutputBundle;

  it('keeps the start-up code and the join and participant screens with what they import, not the rest', () => {
    expect(shellFiles(bundle)).toEqual(['assets/JoinScreen-7.js', 'assets/LiveScreen-4.js', 'assets/LiveScreen-6.css', 'assets/index-1.js', 'assets/index-3.css', 'assets/useDoc-5.js', 'assets/vendor-2.js', 'index.html']);
  });

  it('refuses a build in which a participant screen cannot be found, rather than cache too little', () => {
    const withoutJoin = { ...bundle } as Record<string, unknown>;
    delete withoutJoin['assets/JoinScreen-7.js'];
    expect(() => shellFiles(withoutJoin as unknown as Rollup.OutputBundle)).toThrow(/JoinScreen/);
  });

  it('names a build by all its files: the same files give the same version, any change another', () => {
    const files = [
      { path: 'index.html', content: '<!doctype html>' },
      { path: 'assets/a.js', content: new Uint8Array([1, 2, 3]) },
    ];
    const version = buildVersion(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion([...files].reverse())).toBe(version);
    expect(buildVersion([files[0]!, { path: 'assets/a.js', content: new Uint8Array([1, 2, 4]) }])).not.toBe(version);
    expect(buildVersion([files[0]!, { path: 'assets/b.js', content: new Uint8Array([1, 2, 3]) }])).not.toBe(version);
  });
});
