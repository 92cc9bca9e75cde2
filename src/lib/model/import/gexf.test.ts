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

	it.each([
		['the first century', '0050-01-01', '0050-03-31', '0050-02', '0050-04'],
		['the year 9999 to its last day', '9999-01-01', '9999-12-31', '9999-12', null]
	])('reads spells in %s with four-digit years', (_, start, end, inside, after) => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
	<graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
		<nodes>
			<node id="f" label="F"/>
			<node id="a" label="A" pid="f" start="${start}" end="${end}"/>
			<node id="b" label="B" pid="f" start="${start}" end="${end}"/>
		</nodes>
		<edges><edge id="e" source="a" target="b" start="${start}" end="${end}"/></edges>
	</graph>
</gexf>`;
		const result = importGexf(text, parseXml, 'era.gexf');
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		expect(result.dataset.meta.start).toBe(start.slice(0, 7));
		expect(snapshotAt(result.dataset, inside).people.map((p) => p.id)).toEqual(['a', 'b']);
		expect(snapshotAt(result.dataset, inside).edges).toHaveLength(1);
		if (after) expect(snapshotAt(result.dataset, after).people).toEqual([]);
	});
});

describe('importGexf refuses characters XML forbids', () => {
	it('names the element whose label holds one', () => {
		// A parser as lenient as @xmldom/xmldom lets the character through; the validator does not.
		const text = readFixtureText('import/hierarchy-pid.gexf').replace(
			'label="Alice"',
			'label="Ali&#1;ce"'
		);
		const result = importGexf(text, parseXml, 'x.gexf');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues).toContainEqual({
				path: 'x.gexf: <node id="a">',
				message: expect.stringMatching(/U\+0001/)
			});
	});
});

describe('importGexf refuses document type declarations', () => {
	const gexfWith = (prolog: string, body = '') => `<?xml version="1.0" encoding="UTF-8"?>
${prolog}
<gexf xmlns="http://gexf.net/1.3" version="1.3">
	<graph timeformat="date"><nodes><node id="a" label="A${body}" start="1970-01-01"/></nodes></graph>
</gexf>`;

	it('refuses a 100 KB entity used 10,000 times at once, before parsing', () => {
		const text = gexfWith(
			`<!DOCTYPE gexf [<!ENTITY big "${'x'.repeat(100_000)}">]>`,
			'&big;'.repeat(10_000)
		);
		let parsed = false;
		const spy: XmlParse = (xml) => {
			parsed = true;
			return parseXml(xml);
		};
		const started = performance.now();
		const result = importGexf(text, spy, 'bomb.gexf');
		const elapsed = performance.now() - started;
		expect(parsed).toBe(false);
		expect(elapsed).toBeLessThan(1000);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues).toEqual([
				{
					path: 'bomb.gexf: line 2, column 1',
					message: expect.stringMatching(/<!DOCTYPE> .*not allowed/)
				}
			]);
	});

	it.each([
		['an internal entity', '<!DOCTYPE gexf [<!ENTITY e "x">]>', 'line 2, column 1'],
		[
			'an external entity',
			'<!DOCTYPE gexf [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
			'line 2, column 1'
		],
		['a document type alone', '<!DOCTYPE gexf SYSTEM "gexf.dtd">', 'line 2, column 1'],
		['a lowercase declaration', '<!doctype gexf>', 'line 2, column 1']
	])('refuses %s, naming where', (_, prolog, where) => {
		const result = importGexf(gexfWith(prolog), parseXml, 'x.gexf');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]!.path).toBe(`x.gexf: ${where}`);
	});

	it('refuses an entity declared without a document type', () => {
		const result = importGexf(
			gexfWith('', '').replace('<gexf', '<!ENTITY e "x">\n<gexf'),
			parseXml,
			'x.gexf'
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]!.message).toMatch(/<!ENTITY>/);
	});
});
