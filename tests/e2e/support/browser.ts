/** Kept for scripts/ (bench, lighthouse): the browser launch now lives in playwright-helper.ts. */
export { CHROMIUM, CHROMIUM_FLAGS, launchBrowser, type LaunchedBrowser } from './playwright-helper';
