import { describe, expect, it } from 'vitest';
import { withNotice, withoutNotice } from './notices';

describe('notices', () => {
	it('adds a notice at the end, with its id', () => {
		const one = withNotice([], 'First', 1);
		expect(withNotice(one, 'Second', 2)).toEqual([
			{ id: 1, message: 'First' },
			{ id: 2, message: 'Second' }
		]);
	});

	it('shows a message once: the same list comes back', () => {
		const one = withNotice([], '"x" is not a date', 1);
		expect(withNotice(one, '"x" is not a date', 2)).toBe(one);
	});

	it('dismisses by id, not by text or place', () => {
		const list = [
			{ id: 1, message: 'Same words' },
			{ id: 2, message: 'Same words' },
			{ id: 3, message: 'Other' }
		];
		expect(withoutNotice(list, 2)).toEqual([list[0], list[2]]);
		expect(withoutNotice(list, 9)).toEqual(list);
	});
});
