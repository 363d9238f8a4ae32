/**
 * The one door to Mermaid. It is imported lazily, the first time a diagram is drawn, so it never
 * weighs on the first screen. `securityLevel: 'strict'` makes Mermaid sanitise its output and
 * disables click handlers; labels are escaped before they get here (shared/diagram/mermaidText.ts).
 */
import type { Mermaid } from 'mermaid';

let ready: Promise<Mermaid> | undefined;

function loadMermaid() {
  ready ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      gantt: { useWidth: 960, fontSize: 14, sectionFontSize: 14, barHeight: 28 },
    });
    return mermaid;
  });
  return ready;
}

let counter = 0;

/** Renders Mermaid source to an SVG string. */
export async function renderMermaid(source: string): Promise<string> {
  const mermaid = await loadMermaid();
  counter += 1;
  const { svg } = await mermaid.render(`baraza-diagram-${counter}`, source);
  return svg;
}
