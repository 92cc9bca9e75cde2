import { test as base, expect } from '@playwright/test';

/**
 * A test that fails on any console error or uncaught page error, so a flow that "works" while
 * the page logs errors does not pass.
 */
export const test = base.extend<{ failOnConsoleErrors: void }>({
	failOnConsoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			await use();
			expect(errors, 'errors logged by the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
