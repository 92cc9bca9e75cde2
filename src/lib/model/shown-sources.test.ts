import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { sourcesShownAt } from './shown-sources';
import { snapshotAt } from './snapshot';
import { isActiveAt, parseMoment } from './time';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset does not load');
const dataset = loaded.dataset;

describe('sourcesShownAt', () => {
	it.each(['1923-06', '1926-05', '1929-11'])(
		'cites, at %s, the terms, alignments, alliances and events shown, each once',
		(month) => {
			const snapshot = snapshotAt(dataset, month);
			const sources = sourcesShownAt(dataset, snapshot);
			expect(new Set(sources).size).toBe(sources.length);
			const day = parseMoment(month)!.day;
			const expected = new Set<string>();
			for (const shown of snapshot.people) {
				const person = dataset.people.find((p) => p.id === shown.id)!;
				person.terms
					.find((t) => isActiveAt(t.from, t.to, day))
					?.sources.forEach((s) => expected.add(s));
			}
			for (const alliance of snapshot.alliances)
				dataset.alliances
					.find((a) => a.id === alliance.id)!
					.sources.forEach((s) => expected.add(s));
			for (const event of snapshot.events)
				dataset.events.find((e) => e.id === event.id)!.sources.forEach((s) => expected.add(s));
			for (const id of expected) expect(sources).toContain(id);
			const known = new Set(dataset.sources.map((s) => s.id));
			for (const id of sources) expect(known.has(id), id).toBe(true);
		}
	);

	it('cites nothing for a month with nobody on stage and no event', () => {
		const empty = { at: '1930-01', people: [], alliances: [], edges: [], events: [] };
		const events = dataset.events.filter((e) => e.date.startsWith('1930-01'));
		expect(sourcesShownAt(dataset, empty)).toHaveLength(
			new Set(events.flatMap((e) => e.sources)).size
		);
	});
});
