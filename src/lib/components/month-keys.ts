/**
 * The month index a key moves a month slider to, the same on every slider of the app: PageUp and
 * PageDown a year, Home and End the ends. Arrow keys are the slider's own (one step, a month).
 * `undefined` for other keys.
 */
export function monthIndexForKey(key: string, index: number, last: number): number | undefined {
	const jumps: Record<string, number> = {
		PageUp: index + 12,
		PageDown: index - 12,
		Home: 0,
		End: last
	};
	const target = jumps[key];
	return target === undefined ? undefined : Math.min(Math.max(target, 0), last);
}
