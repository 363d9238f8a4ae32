/**
 * Lets index.html name the join screen's code (and every file it loads), so a phone opening a
 * join link fetches it alongside the start-up code instead of after it: without this, the
 * screen's files are only asked for once the start-up code has downloaded and run, which on a
 * slow phone over a crowded hotspot is a second or more spent on an idle network. Scripts are
 * preloaded (fetched and compiled, not run); styles only fetched. The participant view is not
 * named here: it would share the hotspot with the join screen's own files, so the join screen
 * fetches it once it is up (JoinScreen.tsx). A facilitator's laptop reads these from its own
 * disk, and the home screen shares most of them.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { participantScreens, screenFiles } from './offlineShell';

const joinScreen = participantScreens.filter((screen) => screen.test('features/lan/JoinScreen.tsx'));

export function participantPreload(): Plugin {
  return {
    name: 'baraza-participant-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        // What the page already loads (its entry, the entry's imports and styles) is left as it is.
        const named = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]));
        const tags: HtmlTagDescriptor[] = [];
        for (const file of screenFiles(context.bundle, joinScreen)) {
          if (named.has(file)) continue;
          if (file.endsWith('.js')) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
          else if (file.endsWith('.css')) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
        }
        return { html, tags };
      },
    },
  };
}
