import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/synthetic';
import ComparisonText from '../../src/lib/components/ComparisonText.svelte';
import { SCALE } from '../../src/lib/graph/encoding';
import { compareMoments } from '../../src/lib/model/compare';

// Two dates of 300 people far apart: more changes than are written in one task.
const dataset = syntheticDataset(300);
const comparison = compareMoments(dataset, '1905-01', '1915-01');
const listed = comparison.sections.reduce(
	(sum, section) => sum + Math.min(section.items.length, SCALE.textRowsPerGroup),
	0
);
const rows = (html: string) => html.match(/<li[\s>]/g)?.length ?? 0;

describe('the written comparison on the server', () => {
	it('has more changes listed than are written in one task', () => {
		expect(listed).toBeGreaterThan(SCALE.changesPerTask);
	});

	it('a page’s first picture holds every listed change: nothing runs after the server’s render', () => {
		const { body } = render(ComparisonText, { props: { comparison } });
		expect(rows(body)).toBe(listed);
		for (const section of comparison.sections) expect(body).toContain(section.heading);
	});

	it('written a few a task, a long list starts empty and is filled in the browser', () => {
		const { body } = render(ComparisonText, { props: { comparison, gradually: { dataset } } });
		expect(rows(body)).toBe(0);
	});
});
