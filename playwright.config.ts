import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

// Another port lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'list',
	// Two browsers share CI's two cores: a test that takes 20 s alone may take twice that there.
	timeout: 60_000,
	// Laying out an opened dataset takes seconds in a worker; two browsers share CI's two cores.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		deviceScaleFactor: 1,
		// The site's service worker fills its cache in the background of every first visit; only
		// the tests of offline use (offline.e2e.ts) let it run, so the others keep CI's two cores
		// and see their requests (`page.route`) go to the network.
		serviceWorkers: 'block',
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{ name: 'chromium', testIgnore: ['**/large-dataset.e2e.ts', '**/large-alliance.e2e.ts'] },
		// Timed on its own, after the rest, so the other tests' browsers do not share its cores.
		{ name: 'at scale', testMatch: '**/large-dataset.e2e.ts', dependencies: ['chromium'] },
		// A bloc of 300 is laid out in seconds alone, and much slower beside other browsers.
		{
			name: 'large alliance',
			testMatch: '**/large-alliance.e2e.ts',
			dependencies: ['at scale']
		}
	],
	webServer: {
		command: `npx vite build --mode test && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		// The build prerenders a page for every month: a minute or more on a busy 2-core machine.
		timeout: 300_000
	}
});
