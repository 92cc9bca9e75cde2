// The explorer reads its date from the URL and draws with browser-only libraries.
export const ssr = false;
