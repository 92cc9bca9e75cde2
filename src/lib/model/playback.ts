/** Playback speeds, in months per second. */
export const PLAYBACK_SPEEDS = [1, 2, 4, 8] as const;

/** One write of the month by playback: a step (`transient`) or where it settles (`commit`). */
export interface PlaybackWrite {
	month: string;
	history: 'commit' | 'transient';
}

/**
 * What one tick of playback does at `month`: step to the next month; at the last month, step
 * there and settle (playback stops); past the end, settle where it is.
 */
export function playbackTick(
	months: readonly string[],
	month: string
): { writes: PlaybackWrite[]; stop: boolean } {
	const nextIndex = months.indexOf(month) + 1;
	const next = months[nextIndex];
	if (next === undefined) return { writes: [{ month, history: 'commit' }], stop: true };
	if (nextIndex >= months.length - 1)
		return {
			writes: [
				{ month: next, history: 'transient' },
				{ month: next, history: 'commit' }
			],
			stop: true
		};
	return { writes: [{ month: next, history: 'transient' }], stop: false };
}

/** Where Play starts: the first month when at the last (playing again from the start). */
export function playbackStart(months: readonly string[], month: string): PlaybackWrite | null {
	const first = months[0];
	const last = months.length - 1;
	return Math.max(0, months.indexOf(month)) >= last && first !== undefined
		? { month: first, history: 'transient' }
		: null;
}
