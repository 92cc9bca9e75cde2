import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Legend from '../../src/lib/components/Legend.svelte';
import { legendOf } from '../../src/lib/graph/legend';
import { legendMarkup } from '../../src/lib/export/svg-legend';
import { builtinDataset } from '../../src/lib/data/builtin';
import { snapshotAt } from '../../src/lib/model/snapshot';
import { formatDate } from '../../src/lib/model/time';
import { parseXml } from './xml';

/** What a reader meets in a legend: each heading, then each entry's words and glyph shapes. */
interface Entry {
	text: string;
	shapes: string[];
}

const shapeOf = (element: Element) =>
	`${element.tagName}${[...Array.from(element.attributes)]
		.filter((a) => a.name !== 'xmlns')
		.map((a) => ` ${a.name}=${a.value}`)
		.sort()
		.join('')}`;

const glyphShapes = (container: Element) =>
	Array.from(container.getElementsByTagName('*'))
		.filter((e) => ['rect', 'circle', 'line', 'path'].includes(e.tagName))
		.map(shapeOf);

/** An element's words, with white space folded. */
const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

/** The on-screen legend, rendered by Svelte on the server, read as a list of entries. */
function screenEntries(html: string): Entry[] {
	// Svelte's SSR output is well-formed apart from its hydration comments.
	const document = parseXml(`<root>${html.replace(/<!--[^]*?-->/g, '')}</root>`);
	const entries: Entry[] = [];
	const walk = (element: Element) => {
		if (element.tagName === 'h3') entries.push({ text: element.textContent!.trim(), shapes: [] });
		else if (element.tagName === 'li') {
			entries.push({ text: words(element), shapes: glyphShapes(element) });
			return;
		} else if (element.tagName === 'p' && element.getAttribute('class')?.includes('quiet'))
			entries.push({ text: element.textContent!.trim(), shapes: [] });
		for (const child of Array.from(element.childNodes))
			if (child.nodeType === 1) walk(child as Element);
	};
	walk(document.documentElement);
	return entries;
}

/** The exported legend, read the same way. */
function exportedEntries(svg: string): Entry[] {
	const document = parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
	const legend = document.getElementById('legend')!;
	const entries: Entry[] = [];
	const notes: string[] = [];
	for (const child of Array.from(legend.childNodes)) {
		if (child.nodeType !== 1) continue;
		const element = child as Element;
		if (element.tagName === 'text' && element.getAttribute('class') === 'legend-note')
			notes.push(element.textContent!);
		else {
			if (notes.length) entries.push({ text: notes.splice(0).join(' '), shapes: [] });
			if (element.tagName === 'text') entries.push({ text: element.textContent!, shapes: [] });
			else if (element.tagName === 'g') {
				const texts = Array.from(element.getElementsByTagName('text'));
				entries.push({
					text: texts.map((t) => t.textContent).join(' '),
					shapes: glyphShapes(element)
				});
			}
		}
	}
	if (notes.length) entries.push({ text: notes.join(' '), shapes: [] });
	return entries;
}

describe('the legend on screen and in exported images', () => {
	const cases = [
		{ name: 'a month', at: '1926-10', changes: undefined },
		{ name: 'a comparison', at: '1924-06', changes: { from: '1924-06', to: '1929-06' } },
		{ name: 'a month without alliances', at: '1917-10', changes: undefined }
	];
	it.each(cases)('say and show the same for $name', ({ at, changes }) => {
		const snapshot = snapshotAt(builtinDataset, at);
		const heading = 'Alliances this month';
		const { body } = render(Legend, {
			props: {
				dataset: builtinDataset,
				alliances: snapshot.alliances,
				alliancesHeading: heading,
				onselectalliance: () => {},
				...(changes ? { changes } : {})
			}
		});
		const content = legendOf(builtinDataset, snapshot.alliances, {
			alliancesHeading: heading,
			...(changes
				? { changes: { from: formatDate(changes.from), to: formatDate(changes.to) } }
				: {})
		});
		const exported = exportedEntries(legendMarkup(content, 0, 0, 2000, 1).markup);
		const screen = screenEntries(body);
		expect(screen.length).toBeGreaterThan(6);
		expect(screen).toEqual(exported);
	});
});
