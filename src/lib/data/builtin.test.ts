import { describe, expect, it } from 'vitest';
import { builtinDataset } from './builtin';

/** The sources that are copies of Wikidata's data, cited to check a person's Wikidata id. */
const WIKIDATA_COPY_PREFIX = 'p-wdx-';

describe('the built-in dataset', () => {
	it('records Wikidata ids', () => {
		expect(builtinDataset.people.filter((p) => p.wikidata).length).toBeGreaterThan(0);
	});

	it('ties every Wikidata id to its person through two independent copies of Wikidata', () => {
		const publisherOf = new Map(
			builtinDataset.sources
				.filter((s) => s.id.startsWith(WIKIDATA_COPY_PREFIX))
				.map((s) => [s.id, s.publisher ?? s.id])
		);
		const checkedOnce = builtinDataset.people
			.filter((p) => p.wikidata)
			.filter((p) => {
				const publishers = new Set(
					p.sources.flatMap((id) => (publisherOf.has(id) ? [publisherOf.get(id)] : []))
				);
				return publishers.size < 2;
			})
			.map((p) => p.id);
		expect(checkedOnce).toEqual([]);
	});
});
