import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from './playback.svelte';

const months = ['1924-01', '1924-02', '1924-03', '1924-04'];

/** A time bar's month, with every write playback makes to it. */
function timeBar(start: string) {
	const writes: string[] = [];
	let month = start;
	const playback = new Playback({
		months: () => months,
		month: () => month,
		onchange: (next, history) => {
			month = next;
			writes.push(`${next} ${history}`);
		}
	});
	return { playback, writes, month: () => month };
}

describe('Playback', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('moves a month per tick at the speed chosen, and stops at the last month', () => {
		const bar = timeBar('1924-01');
		bar.playback.play();
		expect(bar.playback.playing).toBe(true);
		vi.advanceTimersByTime(499);
		expect(bar.writes).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(bar.writes).toEqual(['1924-02 transient']);
		vi.advanceTimersByTime(1000);
		expect(bar.writes).toEqual([
			'1924-02 transient',
			'1924-03 transient',
			'1924-04 transient',
			'1924-04 commit'
		]);
		expect(bar.playback.playing).toBe(false);
		vi.advanceTimersByTime(5000);
		expect(bar.writes).toHaveLength(4);
	});

	it('pauses where it is, as a history entry, and ticks no more', () => {
		const bar = timeBar('1924-01');
		bar.playback.play();
		vi.advanceTimersByTime(500);
		bar.playback.toggle();
		expect(bar.playback.playing).toBe(false);
		expect(bar.writes).toEqual(['1924-02 transient', '1924-02 commit']);
		vi.advanceTimersByTime(5000);
		expect(bar.month()).toBe('1924-02');
	});

	it('starts again from the first month when played at the last', () => {
		const bar = timeBar('1924-04');
		bar.playback.toggle();
		expect(bar.writes).toEqual(['1924-01 transient']);
		vi.advanceTimersByTime(500);
		expect(bar.month()).toBe('1924-02');
	});

	it('changes speed while playing', () => {
		const bar = timeBar('1924-01');
		bar.playback.play();
		bar.playback.setSpeed(8);
		vi.advanceTimersByTime(125);
		expect(bar.writes).toEqual(['1924-02 transient']);
		bar.playback.setSpeed(1);
		vi.advanceTimersByTime(999);
		expect(bar.writes).toHaveLength(1);
		vi.advanceTimersByTime(1);
		expect(bar.writes).toHaveLength(2);
	});

	it('stops without writing when the time bar goes away', () => {
		const bar = timeBar('1924-01');
		bar.playback.play();
		bar.playback.stop();
		vi.advanceTimersByTime(5000);
		expect(bar.writes).toEqual([]);
	});
});
