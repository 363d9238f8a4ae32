import { describe, expect, it } from 'vitest';
import { joinCardSize } from '../../../shared/run/joinCard';

describe('the projector’s join card', () => {
  it('stays large until three quarters of the expected people have joined', () => {
    expect(joinCardSize({ joined: 0, expected: 40, started: false })).toBe('large');
    expect(joinCardSize({ joined: 29, expected: 40, started: true })).toBe('large');
    expect(joinCardSize({ joined: 30, expected: 40, started: false })).toBe('small');
  });

  it('without an expected count, shrinks once the session has started', () => {
    expect(joinCardSize({ joined: 12, expected: 0, started: false })).toBe('large');
    expect(joinCardSize({ joined: 0, expected: 0, started: true })).toBe('small');
  });
});
