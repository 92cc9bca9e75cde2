import { syntheticDataset } from '../../scripts/synthetic';
import { test } from './console';
test.use({ trace: 'off' });
test('profile', async ({ page }) => {
	test.setTimeout(120_000);
	const text = JSON.stringify(syntheticDataset(2000, 240));
	await page.goto('/');
	await page.getByRole('img', { name: /Faction graph/ }).waitFor();
	const dt = await page.evaluateHandle((t) => {
		const d = new DataTransfer();
		d.items.add(new File([t], 's.json'));
		return d;
	}, text);
	await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
	await page.getByTestId('dataset-title').getByText('Synthetic').waitFor();
	await page.getByRole('img', { name: /Faction graph/ }).waitFor({ timeout: 90000 });
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
	await page.waitForTimeout(1500);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	for (let i = 0; i < 10; i++) {
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(600);
	}
	const { profile } = await cdp.send('Profiler.stop');
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	const name = (n: (typeof profile.nodes)[0]) =>
		`${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
	profile.samples!.forEach((id, i) => {
		const d = (profile.timeDeltas![i] ?? 0) / 1000;
		const n = byId.get(id)!;
		self.set(name(n), (self.get(name(n)) ?? 0) + d);
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const k = name(byId.get(cur)!);
			if (!seen.has(k)) {
				seen.add(k);
				total.set(k, (total.get(k) ?? 0) + d);
			}
		}
	});
	console.log(
		'SELF\n' +
			[...self]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 15)
				.map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
				.join('\n')
	);
	console.log(
		'TOTAL\n' +
			[...total]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 40)
				.map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
				.join('\n')
	);
});
