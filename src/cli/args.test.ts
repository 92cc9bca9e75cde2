import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from './args';

const spec: FlagSpec = {
	values: {
		'--at': { count: 1, what: 'a date' },
		'--diff': { count: 2, what: 'two dates' }
	},
	switches: ['--text']
};

describe('parseFlags', () => {
	it('reads values and switches in any order', () => {
		const parsed = parseFlags(['--text', '--diff', '1924', '1929', '--at', '1926'], spec);
		expect(parsed).toEqual({
			ok: true,
			values: new Map([
				['--diff', ['1924', '1929']],
				['--at', ['1926']]
			]),
			switches: new Set(['--text'])
		});
	});

	it('reads nothing from no arguments', () => {
		expect(parseFlags([], spec)).toEqual({ ok: true, values: new Map(), switches: new Set() });
	});

	it.each([
		[['--at'], '--at needs a date'],
		[['--at', '--text'], '--at needs a date'],
		[['--diff', '1924'], '--diff needs two dates'],
		[['--diff', '1924', '--at', '1926'], '--diff needs two dates'],
		[['--when', '1926'], 'unknown argument "--when"'],
		[['1926'], 'unknown argument "1926"'],
		[['--toString'], 'unknown argument "--toString"']
	])('refuses %j: %s', (args, message) => {
		expect(parseFlags(args, spec)).toEqual({ ok: false, message });
	});

	it('keeps the last values of a flag given twice', () => {
		const parsed = parseFlags(['--at', '1924', '--at', '1926'], spec);
		expect(parsed.ok && parsed.values.get('--at')).toEqual(['1926']);
	});
});
