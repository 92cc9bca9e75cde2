import { describe, expect, it } from 'vitest';
import { allianceLines, hubIdOf, pairEdgesOf } from './alliance-lines';
import type { AllianceAtMoment } from './snapshot';

const alliance = (id: string, size: number): AllianceAtMoment => ({
	id,
	name: `Alliance ${id}`,
	kind: 'opposition',
	colour: '#8e44ad',
	members: Array.from({ length: size }, (_, i) => `p${String(i).padStart(4, '0')}`)
});

describe('pairEdgesOf', () => {
	it.each([
		[2, 1],
		[3, 3],
		[12, 66],
		[200, 19_900]
	])('joins %i members by %i pairs, each once, source before target', (size, pairs) => {
		const edges = pairEdgesOf([alliance('a', size)]);
		expect(edges).toHaveLength(pairs);
		expect(new Set(edges.map((e) => e.id)).size).toBe(pairs);
		expect(edges.every((e) => e.source < e.target && e.alliance === 'a')).toBe(true);
	});
});

describe('allianceLines', () => {
	it('keeps the pairs of an alliance of at most `hubAbove` members, with the pairs’ ids', () => {
		const small = alliance('small', 12);
		const { hubs, lines } = allianceLines([small], 12);
		expect(hubs).toEqual([]);
		expect(
			lines.map(({ id, alliance, source, target }) => ({ id, alliance, source, target }))
		).toEqual(pairEdgesOf([small]));
		expect(lines.every((line) => !line.spoke)).toBe(true);
	});

	it('draws a larger alliance as one hub with one spoke to each member', () => {
		const large = alliance('large', 13);
		const { hubs, lines } = allianceLines([large], 12);
		expect(hubs).toEqual([{ id: 'alliance-hub:large', alliance: 'large', members: large.members }]);
		expect(lines).toHaveLength(13);
		expect(lines.every((line) => line.spoke && line.source === hubIdOf('large'))).toBe(true);
		expect(lines.map((line) => line.target)).toEqual(large.members);
		expect(new Set(lines.map((line) => line.id)).size).toBe(13);
	});

	it('costs 1,000 lines, not 499,500, for a bloc of 1,000', () => {
		const { hubs, lines } = allianceLines([alliance('bloc', 1000)], 12);
		expect(hubs).toHaveLength(1);
		expect(lines).toHaveLength(1000);
	});

	it('mixes both in the alliances’ order, and draws every pair when `hubAbove` is Infinity', () => {
		const alliances = [alliance('a', 3), alliance('b', 20), alliance('c', 2)];
		const drawn = allianceLines(alliances, 12);
		expect(drawn.hubs.map((h) => h.alliance)).toEqual(['b']);
		expect([...new Set(drawn.lines.map((l) => l.alliance))]).toEqual(['a', 'b', 'c']);
		expect(drawn.lines).toHaveLength(3 + 20 + 1);
		const pairs = allianceLines(alliances, Infinity);
		expect(pairs.hubs).toEqual([]);
		expect(pairs.lines).toHaveLength(3 + 190 + 1);
	});

	it('gives hub and spoke ids that no dataset id can take', () => {
		const { hubs, lines } = allianceLines([alliance('hub', 14)], 12);
		const ids = [...hubs.map((h) => h.id), ...lines.map((l) => l.id)];
		expect(ids.every((id) => !/^[a-z0-9][a-z0-9-]*$/.test(id))).toBe(true);
	});
});
