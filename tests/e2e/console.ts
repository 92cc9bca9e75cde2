import { test as base, expect } from '@playwright/test';

/**
 * A test that fails on any console error or uncaught page error, so a flow that "works" while
 * the page logs errors does not pass. A test that provokes an error on purpose (a missing file)
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
			await use();
			expect(errors, 'errors logged by the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
