import { describe, expect, it } from 'vitest';
import { syntheticWithBloc } from '../../../scripts/synthetic';
import type { Positions } from '../graph/arrange';
import { SCALE } from '../graph/encoding';
import { snapshotAt } from '../model/snapshot';
import { parseXml } from '../../../tests/unit/xml';
import { DEFAULT_IMAGE_CHOICES, snapshotSvg } from './image';

/** Everyone on a grid: the positions do not matter here, only what is drawn between them. */
function gridOf(ids: readonly string[]): Positions {
	return Object.fromEntries(ids.map((id, i) => [id, [(i % 20) * 80, Math.floor(i / 20) * 80]]));
}

function drawnAt(members: number) {
	const dataset = syntheticWithBloc(members + 20, members, { months: 3, blocMonths: 2 });
	const snapshot = snapshotAt(dataset, dataset.meta.start);
	const svg = snapshotSvg(
		dataset,
		snapshot,
		gridOf(snapshot.people.map((p) => p.id)),
		DEFAULT_IMAGE_CHOICES
	);
	const document = parseXml(svg, 'image/svg+xml');
	const bloc = Array.from(document.getElementsByTagName('path')).filter((path) =>
		(path.getAttribute('class') ?? '').split(' ').includes('alliance-bloc')
	);
	return { document, bloc };
}

describe('an alliance past SCALE.hubAbove members, in SVG', () => {
	it('is one hub, in its style and named, with one spoke to each of its members', () => {
		const { document, bloc } = drawnAt(40);
		const hubs = document.getElementsByTagName('g');
		const hub = Array.from(hubs).filter((g) => g.getAttribute('class')?.startsWith('hub '));
		expect(hub).toHaveLength(1);
		expect(hub[0]!.getAttribute('id')).toBe('hub-bloc');
		expect(hub[0]!.getAttribute('class')).toBe('hub alliance-bloc opposition');
		expect(hub[0]!.textContent).toBe('The Great Bloc');
		const spokes = bloc.filter((path) =>
			path.getAttribute('id')?.startsWith('alliance-alliance-hub-bloc-')
		);
		expect(spokes).toHaveLength(40);
		// Only spokes: no pair of members is joined directly.
		expect(bloc).toHaveLength(40);
		expect(spokes[0]!.getAttribute('stroke-dasharray')).toBe('9 5');
		expect(document.getElementById('legend-hub-glyph')).not.toBeNull();
	});

	it('stays one line per pair at SCALE.hubAbove members, with no hub in the legend', () => {
		const { document, bloc } = drawnAt(SCALE.hubAbove);
		expect(bloc).toHaveLength((SCALE.hubAbove * (SCALE.hubAbove - 1)) / 2);
		expect(document.getElementById('hub-bloc')).toBeNull();
		expect(document.getElementById('legend-hub-glyph')).toBeNull();
	});
});
