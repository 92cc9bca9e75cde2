import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import {
	EDGE,
	FACTION,
	PERSON_LABEL,
	PRESENTATION,
	labelScaleFor,
	presentationLabelFloor
} from './encoding';
import { graphStyleFor } from './style';

describe('the size of type in present mode', () => {
	it.each<[number, number, number, number]>([
		// width, height, least person label, least faction label (CSS pixels)
		[1920, 1080, 26, 30],
		[1280, 720, 26 * (2 / 3), 30 * (2 / 3)],
		[3840, 2160, 52, 60],
		// A phone held sideways: as small as still legible.
		[844, 390, 11, 13],
		// A wide, low window is limited by its height.
		[1920, 540, 13, 15]
	])('at %i×%i labels are at least %d px (factions %d px)', (width, height, person, faction) => {
		const floor = presentationLabelFloor({ width, height });
		expect(floor.person).toBeCloseTo(person, 6);
		expect(floor.faction).toBeCloseTo(faction, 6);
	});

	it('keeps person labels at 24 px or more on a 1920×1080 screen', () => {
		expect(presentationLabelFloor({ width: 1920, height: 1080 }).person).toBeGreaterThanOrEqual(24);
	});

	it.each<[number, number, number, number]>([
		// zoom, size in model units, floor in CSS pixels, scale
		[1, 13, 26, 2],
		[2, 13, 26, 1],
		[4, 13, 26, 1],
		[0.5, 13, 26, 4],
		[0, 13, 26, 1]
	])('at zoom %d, labels of %d units reach %d px when scaled by %d', (zoom, size, px, scale) => {
		expect(labelScaleFor(zoom, size, px)).toBeCloseTo(scale, 9);
	});
});

describe('graphStyleFor', () => {
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		style: graphStyleFor({ person: 2, faction: 1.5, dimmedOpacity: PRESENTATION.dimmedOpacity }),
		elements: [
			{ data: { id: 'left', kind: 'faction', label: 'Left', colour: '#c0392b' } },
			{
				data: { id: 'ann', parent: 'left', status: 'full', label: 'Ann', size: 46 },
				classes: 'dimmed'
			}
		]
	});
	afterAll(() => cy.destroy());

	it('enlarges the labels of people and factions, and fades the unselected less', () => {
		const ann = cy.getElementById('ann');
		expect(parseFloat(ann.style('font-size'))).toBe(PERSON_LABEL.size * 2);
		expect(parseFloat(cy.getElementById('left').style('font-size'))).toBe(FACTION.labelSize * 1.5);
		expect(Number(ann.style('opacity'))).toBe(PRESENTATION.dimmedOpacity);
		expect(PRESENTATION.dimmedOpacity).toBeGreaterThan(EDGE.dimmedOpacity);
	});

	it('is the explorer’s style without a scale', () => {
		cy.style(graphStyleFor());
		const ann = cy.getElementById('ann');
		expect(parseFloat(ann.style('font-size'))).toBe(PERSON_LABEL.size);
		expect(Number(ann.style('opacity'))).toBe(EDGE.dimmedOpacity);
	});
});
