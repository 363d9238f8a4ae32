import type * as Y from 'yjs';

type AttendanceTabProps = { doc: Y.Doc; readOnly: boolean };

/** The attendance register of a workshop. */
export function AttendanceTab(_props: AttendanceTabProps) {
  return null;
}
