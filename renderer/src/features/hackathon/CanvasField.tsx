import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { editCanvas } from '@shared/hackathon/canvas';
import type { CanvasField as Field } from '@shared/hackathon/schema';
import { RefusalMessage } from '../activities/RefusalMessage';

type Props = { doc: Y.Doc; teamId: string; field: Field; value: string; actor: Actor };

/**
 * One canvas field as a plain textarea bound to the team's Y.Text: every keystroke becomes the
 * smallest insert or delete (see editCanvas), so teammates typing in the same field merge.
 * A teammate's edit arriving mid-word can move the caret; good enough for short fields.
 */
export function CanvasField({ doc, teamId, field, value, actor }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const id = `canvas-${field}`;
  return (
    <div className="field hack-canvas-field">
      <label htmlFor={id}>{t(`hackathon.canvas.${field}`)}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(event) => {
          const result = editCanvas(doc, teamId, field, event.target.value, actor);
          setRefusal(result.ok ? undefined : result.refusal);
        }}
      />
      <RefusalMessage refusal={refusal} />
    </div>
  );
}
