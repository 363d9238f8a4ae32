import { deviceSwitch } from '../../ui/deviceSwitch';

/**
 * Whether the first-workshop guide shows on the home screen: until the facilitator skips it, and
 * again whenever they ask for it from Help. The choice is this device's.
 */
const guide = deviceSwitch('baraza.firstRunGuide', { on: 'shown', off: 'skipped' });

export const guideShown = guide.isOn;
export const setGuideShown = guide.set;
export const useGuideShown = guide.useIsOn;
