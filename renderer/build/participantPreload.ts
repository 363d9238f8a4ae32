/**
 * Lets index.html name the participant's code (the join screen, the participant view and every
 * file they load), so a phone opening a join link fetches it alongside the start-up code instead
 * of after it: without this, the screen's files are only asked for once the start-up code has
 * downloaded and run, which on a slow phone over a crowded hotspot is a second or more spent on
 * an idle network. Scripts are preloaded (fetched and compiled, not run); styles only fetched.
 * A facilitator's laptop reads them from its own disk, and the home screen shares most of them.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { participantScreens, screenFiles } from './offlineShell';

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
        // The join screen's files first: it is needed first, and a phone's browser fetches only a
        // few files at a time from one hub.
        for (const file of screenFiles(context.bundle, participantScreens)) {
          if (named.has(file)) continue;
          if (file.endsWith('.js')) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
          else if (file.endsWith('.css')) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
        }
        return { html, tags };
      },
    },
  };
}
