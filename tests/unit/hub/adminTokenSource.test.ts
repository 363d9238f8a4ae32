import { describe, expect, it } from 'vitest';
import { adminTokenFrom } from '../../../electron/hub/adminTokenSource';

const files: Record<string, string> = { '/etc/baraza/token': '  s3cret-token-from-file\n', '/empty': '\n' };
const read = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return text;
};

describe('where the headless hub finds its admin token', () => {
  it('reads a file, without the white space an editor leaves', () => {
    expect(adminTokenFrom({ file: '/etc/baraza/token', env: {} }, read)).toEqual({ token: 's3cret-token-from-file' });
  });

  it('refuses a missing or empty file rather than starting without a token', () => {
    expect(adminTokenFrom({ file: '/nope', env: {} }, read).error).toMatch(/cannot read .*ENOENT/);
    expect(adminTokenFrom({ file: '/empty', env: {} }, read).error).toMatch(/empty/);
  });

  it('reads the environment, the new name before the old one', () => {
    expect(adminTokenFrom({ env: { BARAZA_ADMIN_TOKEN: 'new', BARAZA_HUB_ADMIN_TOKEN: 'old' } }, read)).toEqual({ token: 'new' });
    expect(adminTokenFrom({ env: { BARAZA_HUB_ADMIN_TOKEN: 'old' } }, read)).toEqual({ token: 'old' });
    expect(adminTokenFrom({ env: {} }, read)).toEqual({});
  });

  it('still takes the flag, with a warning that does not repeat the token', () => {
    const choice = adminTokenFrom({ flag: 'visible-token', env: {} }, read);
    expect(choice.token).toBe('visible-token');
    expect(choice.warning).toMatch(/--admin-token-file/);
    expect(choice.warning).not.toContain('visible-token');
  });
});
