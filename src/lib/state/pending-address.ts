/** An address waiting to be written: a new history entry (`push`) or in place of the last. */
export interface PendingAddress {
	href: string;
	push: boolean;
}

/**
 * The addresses to write, in order, after `next` is asked for at `now` (where the address bar
 * will be once `pending` is written). The history entries come out the same as writing each at
 * once: an address written in place of a pending one takes its place (keeping whether it was
 * a new entry), and an address that would not change (`now`) is not written.
 */
export function pendingAfter(
	pending: readonly PendingAddress[],
	next: PendingAddress,
	now: string
): PendingAddress[] {
	if (next.href === now || next.href === `${now}?`) return [...pending];
	const last = pending.at(-1);
	if (!next.push && last) return [...pending.slice(0, -1), { href: next.href, push: last.push }];
	return [...pending, next];
}

/**
 * What of `pending` to write now, when only `room` writes are allowed (at least one), and what
 * waits. All of it if it fits; otherwise the first `room - 1` as they are and the rest as one
 * write: the last address, as a new history entry if any of the rest was one. An address
 * written in place of the current entry is never folded into a new entry after it (Back would
 * return to the entry without it): it is written alone, and the rest waits.
 */
export function fitPending(
	pending: readonly PendingAddress[],
	room: number
): { now: PendingAddress[]; later: PendingAddress[] } {
	if (pending.length <= room) return { now: [...pending], later: [] };
	const rest = pending.slice(room - 1);
	const [first] = rest;
	if (!first!.push && rest.some((address) => address.push))
		return { now: pending.slice(0, room), later: pending.slice(room) };
	const folded = { href: rest.at(-1)!.href, push: rest.some((address) => address.push) };
	return { now: [...pending.slice(0, room - 1), folded], later: [] };
}
