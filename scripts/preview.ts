/** The built app in Chromium, for scripts that measure or photograph it (not for the tests). */
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

export const chromiumPath = chromiumLaunchOptions.executablePath;

/** A TCP port no one listens on now, as the system hands it out. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no free port'))
			);
		});
	});
}

/** Resolves once `url` answers, or rejects after `timeoutMs`. */
export async function answers(url: string, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/**
 * Builds the app (`vite build` with `buildArgs`), serves it with `vite preview` on a free port, opens headless Chromium, runs
 * `use` with the browser and the site's address, and stops both after, whatever happens.
 */
export async function withBuiltApp<T>(
	use: (browser: Browser, base: string) => Promise<T>,
	buildArgs: string[] = []
): Promise<T> {
	execSync(['npx vite build', ...buildArgs].join(' '), { stdio: 'ignore' });
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore', detached: true }
	);
	try {
		await answers(base);
		const { chromium } = await import('@playwright/test');
		const browser = await chromium.launch(chromiumLaunchOptions);
		try {
			return await use(browser, base);
		} finally {
			await browser.close();
		}
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}
