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
