import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

const key = new PluginKey<boolean>('noScrollOnRemoteEdits');

/**
 * Someone else's edit does not scroll this writer's view. The binding asks for a scroll to the
 * caret after every remote change while the caret is on screen, and each such scroll measures
 * the page's layout: with five people typing into one description, about a sixteenth of a
 * watching laptop's work. The writer's own next keystroke still brings the caret into view.
 */
export const NoScrollOnRemoteEdits = Extension.create({
  name: 'noScrollOnRemoteEdits',
  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key,
        state: {
          init: () => false,
          apply: (transaction, wasRemote) => (transaction.docChanged || transaction.selectionSet ? Boolean((transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) : wasRemote),
        },
        props: {
          handleScrollToSelection: (view) => key.getState(view.state) === true,
        },
      }),
    ];
  },
});
