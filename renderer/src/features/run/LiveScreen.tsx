import type { LiveScreen as LiveScreenName } from '../../app/router';

type LiveScreenProps = { id: string; screen: LiveScreenName };

/** The screens used while a session runs. */
export function LiveScreen(_props: LiveScreenProps) {
  return null;
}
