import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../../tests/unit/xml';
import { writeSvg } from '../export/svg';
import type { GraphModel } from './elements';
import { STATUS_ORDER } from './encoding';
import { graphStyle } from './style';

/** One person of each Politburo status and an alliance and a bloc, drawn both ways. */
const model: GraphModel = {
	factions: [
		{ id: 'left', label: 'Left', colour: '#c0392b', textColour: '#7d251c', kind: 'faction' }
	],
	people: STATUS_ORDER.map((status, i) => ({
		id: status,
		label: status,
		parent: 'left',
		faction: 'left',
		status,
		size: [46, 36, 28][i]!,
		colour: '#c0392b'
	})),
	edges: [
		{
			id: 'pact',
			source: 'full',
			target: 'candidate',
			alliance: 'pact',
			colour: '#7d3c98',
			kind: 'alliance',
			members: 2
		},
		{
			id: 'bloc',
			source: 'full',
			target: 'outside',
			alliance: 'bloc',
			colour: '#117a65',
			kind: 'opposition',
			members: 6
		}
	],
	hubs: []
};

const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
cy.add([
	...model.factions.map((data) => ({ group: 'nodes' as const, data: { ...data } })),
	...model.people.map((data) => ({ group: 'nodes' as const, data: { ...data } })),
	...model.edges.map((data) => ({ group: 'edges' as const, data: { ...data } }))
]);
afterAll(() => cy.destroy());

const svg = parseXml(
	writeSvg([{ model, positions: { full: [0, 0], candidate: [100, 0], outside: [0, 100] } }], {
		width: 800,
		height: 600,
		background: 'white'
	})
);
const number = (value: string | null | undefined) => Number.parseFloat(String(value));
const dashes = (value: unknown) => String(value);

describe('the screen and the SVG writer draw from one vocabulary', () => {
	it.each(STATUS_ORDER)('a %s member has the same glyph', (status) => {
		const node = cy.getElementById(status);
		const circle = svg.getElementById(`person-${status}`)!.getElementsByTagName('circle')[0]!;
		expect(number(node.style('border-width'))).toBe(number(circle.getAttribute('stroke-width')));
		expect(node.style('background-color')).toBe(rgb(circle.getAttribute('fill')!));
		expect(node.style('border-color')).toBe(rgb(circle.getAttribute('stroke')!));
		const dashed = node.style('border-style') === 'dashed';
		expect(dashed ? dashes(node.style('border-dash-pattern')) : '').toBe(
			circle.getAttribute('stroke-dasharray') ?? ''
		);
	});

	it.each(['pact', 'bloc'])('the edge of %s has the same width, opacity and dashes', (id) => {
		const edge = cy.getElementById(id);
		const path = svg.getElementById(`alliance-${id}`)!;
		expect(number(edge.style('width'))).toBe(number(path.getAttribute('stroke-width')));
		expect(number(edge.style('opacity'))).toBe(number(path.getAttribute('stroke-opacity')));
		const dashed = edge.style('line-style') === 'dashed';
		expect(dashed ? dashes(edge.style('line-dash-pattern')) : '').toBe(
			path.getAttribute('stroke-dasharray') ?? ''
		);
	});
});

/** `#rrggbb` as cytoscape reports colours. */
function rgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r},${g},${b})`;
}
