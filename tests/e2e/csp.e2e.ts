import { expect, test } from './console';

const pages = ['/', '/compare', '/?at=1926-10&focus=stalin', '/?story=how-stalin-won&step=3'];

for (const path of pages) {
	test(`${path} carries a strict Content Security Policy`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('application', { name: /Faction graph/ }).first()).toBeVisible();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const directives = new Map(
			policy!.split(';').map((part) => {
				const [name, ...values] = part.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		expect(directives.get('script-src')).toContain("'self'");
		expect(directives.get('style-src')).toEqual(["'self'"]);
		// Only SvelteKit's own announcer, by the hash of its one style attribute.
		expect(directives.get('style-src-attr')).toEqual([
			"'unsafe-hashes'",
			expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)
		]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toContain('unsafe-eval');
	});
}

test.describe('code the page did not ship', () => {
	test.use({ allowConsoleError: /Content Security Policy|Refused to/ });

	test('an injected inline script and style are refused, and the refusals reported', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
		const outcome = await page.evaluate(async () => {
			// Violations are reported after the refusal, as events: wait for both.
			const refused = new Promise<string[]>((resolve) => {
				const seen = new Set<string>();
				document.addEventListener('securitypolicyviolation', (event) => {
					seen.add(event.effectiveDirective);
					if (seen.has('script-src-elem') && seen.has('style-src-elem')) resolve([...seen]);
				});
			});
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			const style = document.createElement('style');
			style.textContent = 'body { background: rgb(255, 0, 0) }';
			document.head.append(style);
			return {
				refused: await refused,
				ran: 'injected' in window,
				background: getComputedStyle(document.body).backgroundColor
			};
		});
		expect(outcome.ran).toBe(false);
		expect(outcome.background).not.toBe('rgb(255, 0, 0)');
		expect(outcome.refused).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
	});
});
