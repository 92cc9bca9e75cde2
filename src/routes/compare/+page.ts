// The compare view reads its dates from the URL and draws with browser-only libraries.
export const ssr = false;
