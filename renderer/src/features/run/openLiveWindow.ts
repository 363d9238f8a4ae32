import { routeHref } from '../../app/router';
import { desktopApi, openRouteInNewWindow } from '../../platform/baraza';

/** Opens the projector view: the desktop app's dedicated window (placed on a second screen
 *  when there is one), or a browser tab. */
export function openProjector(id: string): void {
  const api = desktopApi();
  if (api) void api.windowOpenProjector(id);
  else openRouteInNewWindow(routeHref({ name: 'projector', id }));
}

/** Opens the participant view beside the run, for a hybrid side-room or for trying it out. */
export function openParticipantView(id: string): void {
  openRouteInNewWindow(routeHref({ name: 'participate', id }));
}
