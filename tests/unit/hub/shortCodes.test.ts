import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomRegistry } from '../../../electron/hub/access/roomRegistry';
import { createShortCode, isShortCodeShape, normalizeShortCode, shortCodeAlphabet } from '../../../electron/hub/access/secrets';
import { tempDir } from './helpers';

describe('short codes', () => {
  const dirs: string[] = [];
  const dataDir = (prefix: string): string => {
    dirs.push(tempDir(prefix));
    return dirs.at(-1)!;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('are eight characters without look-alikes, shown as two groups of four', () => {
    const codes = new Set(Array.from({ length: 2_000 }, () => createShortCode()));
    expect(codes.size).toBe(2_000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(shortCodeAlphabet).not.toMatch(/[01ILO]/);
    // 31^8 codes: about 8.5 * 10^11, the figure docs/SECURITY.md builds its arithmetic on.
    expect(shortCodeAlphabet.length ** 8).toBeGreaterThan(8.5e11);
  });

  it('are found however they are typed: any case, with or without dash or spaces', () => {
    const registry = new RoomRegistry(dataDir('codes'));
    const access = registry.open('typed');
    const plain = access.code.replace('-', '');
    for (const typed of [access.code, plain, plain.toLowerCase(), `${plain.slice(0, 4)} ${plain.slice(4)}`, ` ${access.code.toLowerCase()} `]) {
      expect(registry.resolveCode(typed), typed).toEqual({ room: 'typed', secret: access.secret });
    }
    expect(registry.resolveCode(plain.slice(0, 6))).toBeNull();
    expect(isShortCodeShape(normalizeShortCode(access.code))).toBe(true);
    expect(isShortCodeShape('ABC0EFGH')).toBe(false);
  });

  it('a room created with a six-character code keeps it working until it gets a new one', () => {
    const dir = dataDir('legacy-code');
    const legacy = { room: 'old-room', secret: 'AAAAAAAAAAAAAAAAAAAAAA', facilitatorSecret: 'BBBBBBBBBBBBBBBBBBBBBB', code: 'K7QM4X', open: true };
    writeFileSync(join(dir, 'rooms.json'), JSON.stringify({ version: 1, rooms: [legacy] }));
    const registry = new RoomRegistry(dir);
    // Closed after the restart, until the facilitator reopens it: then the old code works again.
    expect(registry.resolveCode('k7qm-4x')).toBeNull();
    expect(registry.open('old-room').code).toBe('K7QM4X');
    expect(registry.resolveCode('k7qm-4x')).toEqual({ room: 'old-room', secret: legacy.secret });
    expect(registry.open('new-room').code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(isShortCodeShape('K7QM4X')).toBe(true);
  });
});
