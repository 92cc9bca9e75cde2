import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../../../../tests/unit/fixtures';
import { parseXmlWithPositions } from '../../../../tests/unit/xml';
import { snapshotAt } from '../snapshot';
import { importGexf, type XmlParse } from './gexf';

// In the browser the app passes the native DOMParser; in Node, @xmldom/xmldom plays its part.
const parseXml = parseXmlWithPositions as XmlParse;

const load = (name: string) => importGexf(readFixtureText(`import/${name}`), parseXml, name);

describe('importGexf', () => {
	it('reads factions from a dynamic node attribute and alliances from edges with spells', () => {
		const result = load('dynamic-attribute.gexf');
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { dataset } = result;
		expect(dataset.meta.title).toBe('Dynamic factions');
		expect(dataset.meta.start).toBe('1966-05');
		expect(dataset.meta.end).toBe('1976-09');
		expect(dataset.factions.map((f) => f.label)).toEqual(['Centre', 'Radicals', 'Lin group']);
		const at = (month: string) => snapshotAt(dataset, month);
		const chen = (month: string) => at(month).people.find((p) => p.id === 'chen-boda');
		expect(chen('1969-03')?.faction).toBe('radicals');
		expect(chen('1969-06')?.faction).toBe('lin-group');
		// Inclusive GEXF end 1970-08-31: still there in August, gone in September.
		expect(chen('1970-08')).toBeDefined();
		expect(chen('1970-09')).toBeUndefined();
		expect(at('1968-01').alliances.map((a) => a.name)).toEqual(['Mao and his successor']);
		expect(at('1970-08').alliances.map((a) => a.name)).toEqual(['chen-boda and lin-biao']);
	});

	it('reads factions from the hierarchy: pid and nested nodes', () => {
		const result = load('hierarchy-pid.gexf');
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { dataset } = result;
		expect(dataset.meta.start).toBe('1970-01');
		expect(dataset.meta.end).toBe('1975-12');
		expect(dataset.factions.map((f) => f.id).sort()).toEqual(['d', 'left', 'right']);
		expect(dataset.people.map((p) => p.id)).toEqual(['a', 'b', 'c', 'e']);
		const people = snapshotAt(dataset, '1972-06').people;
		expect(people.map((p) => [p.id, p.faction])).toEqual([
			['a', 'left'],
			['b', 'left'],
			['c', 'right'],
			['e', 'd']
		]);
		expect(snapshotAt(dataset, '1971-06').people.map((p) => p.id)).toEqual(['a', 'c', 'e']);
	});

	it('names the element of every problem, with a suggestion', () => {
		const result = load('unknown-edge-end.gexf');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{
				path: 'unknown-edge-end.gexf: <node id="bob">',
				message: 'start="1970-13-01" is not a date: expected YYYY-MM-DD (or YYYY-MM)'
			}
		]);
		const fixed = importGexf(
			readFixtureText('import/unknown-edge-end.gexf').replace('1970-13-01', '1970-01-01'),
			parseXml,
			'fixed.gexf'
		);
		expect(fixed.ok).toBe(false);
		if (!fixed.ok)
			expect(fixed.issues).toContainEqual({
				path: 'fixed.gexf: <edge id="e1">',
				message: 'members[1].person unknown person "alise" — did you mean "alice"?'
			});
	});

	it.each([
		[
			'malformed.gexf',
			/^not well-formed XML at line \d+, column \d+: end tag name: gexf is not complete/
		],
		['integer-time.gexf', /timeformat="integer" is not supported/],
		['not-gexf.xml', /expected a GEXF file, whose root element is <gexf>/]
	])('refuses %s with a clear message', (name, message) => {
		const result = load(name);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]!.message).toMatch(message);
	});
});
