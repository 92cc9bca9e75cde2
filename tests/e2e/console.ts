import { test as base, expect } from '@playwright/test';

/**
 * A test that fails on any console error, uncaught page error or refusal of the Content Security
 * Policy, so a flow that "works" while the page logs errors does not pass. A test that provokes an error on purpose (a missing file)
 * names it with `test.use({ allowConsoleError: /404/ })`; nothing else is let through.
 */
export const test = base.extend<{
	failOnConsoleErrors: void;
	allowConsoleError: RegExp | undefined;
}>({
	allowConsoleError: [undefined, { option: true }],
	failOnConsoleErrors: [
		async ({ page, allowConsoleError }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				if (allowConsoleError?.test(message.text())) return;
				errors.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			// Chromium logs most refusals of the Content Security Policy, but not all (a refused
			// `new Function` probe that the page catches is silent): report every one.
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(
						`Content Security Policy violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}`
					)
				)
			);
			await use();
			expect(errors, 'errors logged by the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
