import { afterEach, describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { snapshotAt } from '../model/snapshot';
import { graphModelOf } from './elements';
import { PERSON_LABEL, personLabelsShownAt } from './encoding';
import { GraphView } from './view';

describe('personLabelsShownAt', () => {
	// PERSON_LABEL: 13 model units, not drawn under 6 CSS pixels on screen.
	it.each([
		{ zoom: 1, scale: 1, shown: true },
		{ zoom: PERSON_LABEL.minZoomedSize / PERSON_LABEL.size, scale: 1, shown: true },
		{ zoom: 0.45, scale: 1, shown: false },
		{ zoom: 0.2, scale: 1, shown: false },
		// Present mode enlarges names: they read at a zoom where the explorer's would not.
		{ zoom: 0.2, scale: 3, shown: true },
		{ zoom: 0, scale: 1, shown: false }
	])('at zoom $zoom, names $scale× as large: $shown', ({ zoom, scale, shown }) => {
		expect(personLabelsShownAt(zoom, scale)).toBe(shown);
	});

	it('keeps names already shown a little below the readable size, where none is drawn anyway', () => {
		const readable = PERSON_LABEL.minZoomedSize / PERSON_LABEL.size;
		const between = readable * ((1 + PERSON_LABEL.keepAbove) / 2);
		expect(personLabelsShownAt(between, 1, false)).toBe(false);
		expect(personLabelsShownAt(between, 1, true)).toBe(true);
		expect(personLabelsShownAt(readable * PERSON_LABEL.keepAbove * 0.99, 1, true)).toBe(false);
	});
});

// tests/fixtures/edge-cases.json: Bob, Carol and Dan on stage in 1926-02.
const dataset = readDatasetFixture('edge-cases.json');

describe('GraphView: names too small to read', () => {
	let view: GraphView | undefined;
	afterEach(() => view?.destroy());

	it('leaves them out of the style when zoomed out, and brings them back zoomed in', () => {
		view = new GraphView({ container: null, onselect: () => {} });
		const cy = view.cy;
		view.show(graphModelOf(snapshotAt(dataset, '1926-02'), dataset.factions), {}, 'none');
		const label = () => cy.getElementById('bob').style('label') as string;
		cy.zoom(1);
		expect(label()).toBe('Bob');
		cy.zoom(0.3);
		expect(label()).toBe('');
		// Back a little above where names are read: they come back.
		cy.zoom(0.47);
		expect(label()).toBe('Bob');
		// A little below it they stay, undrawn; further out they are left out again.
		cy.zoom(0.4);
		expect(label()).toBe('Bob');
		cy.zoom(0.3);
		expect(label()).toBe('');
		// Hubs and factions keep theirs: only people's names are left out.
		expect(cy.getElementById('left').style('label')).not.toBe('');
		cy.zoom(2);
		expect(label()).toBe('Bob');
	});
});
