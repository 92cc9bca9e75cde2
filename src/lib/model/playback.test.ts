import { describe, expect, it } from 'vitest';
import { playbackStart, playbackTick } from './playback';

const months = ['1924-01', '1924-02', '1924-03'];

describe('playbackTick', () => {
	it.each([
		['1924-01', [{ month: '1924-02', history: 'transient' }], false],
		[
			'1924-02',
			[
				{ month: '1924-03', history: 'transient' },
				{ month: '1924-03', history: 'commit' }
			],
			true
		],
		['1924-03', [{ month: '1924-03', history: 'commit' }], true]
	])('at %s writes %j, stopping: %s', (month, writes, stop) => {
		expect(playbackTick(months, month)).toEqual({ writes, stop });
	});
});

describe('playbackStart', () => {
	it('starts where it is, or from the first month at the last', () => {
		expect(playbackStart(months, '1924-02')).toBeNull();
		expect(playbackStart(months, '1924-03')).toEqual({ month: '1924-01', history: 'transient' });
		expect(playbackStart(['1924-01'], '1924-01')).toEqual({
			month: '1924-01',
			history: 'transient'
		});
	});
});
