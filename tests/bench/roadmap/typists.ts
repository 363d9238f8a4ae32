// Other people typing into one roadmap description from their own laptops: Node y-websocket
// clients joined to the hub with the participants' join secret, each typing words a character at
// a time at a place of its own, with its caret shown to the others, as the editor would show it.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roadmapRoot } from '../../../shared/roadmap/schema';

const words = ['data ', 'skills ', 'training ', 'policy ', 'network ', 'review ', 'seminar ', 'blog '];

export type Arrival = { at: number; clock: number };

export type Typist = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** When edits of the watched client arrived here (epoch ms) and up to which of its clocks. */
  arrivals: Arrival[];
  watch: (clientId: number) => void;
};

export const now = (): number => performance.timeOrigin + performance.now();

/** Joins the room named in a participant join link (http://host:port/#/join/<room>/<secret>). */
export function joinTypist(link: string, name: string): Typist {
  const url = new URL(link);
  const [, , room, secret] = url.hash.split('/');
  if (!room || !secret) throw new Error(`not a join link: ${link}`);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://${url.host}/sync`, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true, params: { key: secret } });
  provider.awareness.setLocalStateField('user', { name, color: '#6a1b9a' });
  const arrivals: Arrival[] = [];
  let watched: number | undefined;
  let seen = 0;
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.local || watched === undefined) return;
    const clock = transaction.afterState.get(watched) ?? 0;
    if (clock <= seen) return;
    seen = clock;
    arrivals.push({ at: now(), clock });
  });
  return {
    doc,
    provider,
    arrivals,
    watch: (clientId) => {
      watched = clientId;
      seen = Y.getState(doc.store, clientId);
    },
  };
}

/** The description of the item whose title starts with `title`, once the room's copy arrived. */
export function descriptionOf(doc: Y.Doc, title: string): Y.XmlFragment | undefined {
  for (const value of doc.getMap<unknown>(roadmapRoot).values()) {
    if (value instanceof Y.Map && String(value.get('title')).startsWith(title)) {
      const description = value.get('description');
      if (description instanceof Y.XmlFragment) return description;
    }
  }
  return undefined;
}

/**
 * Types until stopped: a word at a random place, a character every 90 to 160 ms (a quick
 * typist), the caret published after each character. Returns a function that stops it.
 */
export function startTyping(typist: Typist, description: Y.XmlFragment): () => void {
  let stopped = false;
  let text: Y.XmlText | undefined;
  let at = 0;
  let word = '';
  const step = () => {
    if (stopped) return;
    if (!text || word === '') {
      const paragraph = description.get(Math.floor(Math.random() * description.length));
      const first = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
      text = first instanceof Y.XmlText ? first : undefined;
      at = text ? Math.floor(Math.random() * (text.length + 1)) : 0;
      word = words[Math.floor(Math.random() * words.length)] as string;
    }
    if (text) {
      const character = word[0] as string;
      word = word.slice(1);
      const target = text;
      typist.doc.transact(() => target.insert(at, character));
      at += 1;
      const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(target, at));
      typist.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
    }
    setTimeout(step, 90 + Math.random() * 70);
  };
  step();
  return () => {
    stopped = true;
  };
}

export function leave(typists: readonly Typist[]): void {
  for (const typist of typists) {
    typist.provider.destroy();
    typist.doc.destroy();
  }
}
