/**
 * Whether `now` falls on the workshop's planned date ("YYYY-MM-DD", the venue's local day). Only
 * then can a session be late before anyone pressed Start: a rehearsal the evening before, or a
 * workshop with no date at all, has no appointment to miss yet (once started, lateness counts
 * from the actual start).
 */
export function isSessionDay(date: string | undefined, now: number): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date?.trim() ?? '');
  if (!match) return false;
  const today = new Date(now);
  return today.getFullYear() === Number(match[1]) && today.getMonth() + 1 === Number(match[2]) && today.getDate() === Number(match[3]);
}
