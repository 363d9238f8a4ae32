import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const styles = readFileSync('renderer/src/app/styles.css', 'utf8');
const runStyles = readFileSync('renderer/src/features/run/run.css', 'utf8');

function variable(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})\\b`).exec(styles);
  if (!match) throw new Error(`--${name} is not a #rrggbb colour in styles.css`);
  return match[1]!;
}

describe('the focus ring is visible on every background it is drawn on', () => {
  it('at least 3:1 against the light surfaces: page, cards, lines, notices and soft accents', () => {
    for (const surface of ['paper', 'card', 'line', 'accent-soft', 'warning-bg', 'error-bg']) {
      expect(contrast(variable('focus'), variable(surface)), surface).toBeGreaterThanOrEqual(3);
    }
  });

  it('at least 3:1 against the dark surfaces (projector, toasts), which switch to the ring for dark', () => {
    const projector = /\.projector \{[^}]*background: (#[0-9a-fA-F]{6})/.exec(runStyles)?.[1];
    expect(projector).toBeDefined();
    expect(runStyles).toMatch(/\.projector \{ --focus: var\(--focus-on-dark\); \}/);
    expect(styles).toMatch(/\.toast \{ --focus: var\(--focus-on-dark\); \}/);
    for (const [name, surface] of [['projector', projector!], ['ink (toasts)', variable('ink')]] as const) {
      expect(contrast(variable('focus-on-dark'), surface), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('the ring drawn inside a chosen option is white on the accent colour', () => {
    expect(styles).toMatch(/\.segmented label\.is-selected:has\(input:focus-visible\) \{ outline-color: #fff; \}/);
    expect(contrast('#ffffff', variable('accent'))).toBeGreaterThanOrEqual(3);
  });

  it('every stylesheet draws focus with the ring’s variable, never a colour of its own', () => {
    const sheets = ['renderer/src/app/styles.css', 'renderer/src/features/run/run.css', 'renderer/src/features/activities/activities.css', 'renderer/src/features/roadmap/roadmap.css', 'renderer/src/features/attendance/attendance.css'];
    for (const sheet of sheets) {
      for (const rule of readFileSync(sheet, 'utf8').match(/[^{}]*focus[^{}]*\{[^}]*outline:[^};]*/g) ?? []) {
        if (/outline: none/.test(rule)) continue;
        expect(rule, sheet).toMatch(/var\(--focus\)/);
      }
    }
  });
});
