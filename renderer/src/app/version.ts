// A named import, so the bundle carries only the version and not the whole package.json.
import { version } from '../../../package.json';

/** This build's version, written into exported files so a reader knows what made them. */
export const appVersion: string = version;
