import { existsSync } from 'node:fs';

/**
 * How Chromium is launched for the browser tests, the benchmark and the README's screenshots:
 * Debian's Chromium where it is installed (or CHROMIUM_PATH), elsewhere Playwright's own
 * (`npx playwright install chromium`). Root needs `--no-sandbox`; the networking flags keep
 * Chromium from calling home on a closed network.
 */
export const chromiumLaunchOptions = {
	executablePath:
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-dev-shm-usage'
	]
};
