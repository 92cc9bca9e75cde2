/** A message for the user, known by its id: two notices may say the same thing. */
export interface Notice {
	readonly id: number;
	readonly message: string;
}

/**
 * The notices with `message` added as notice `id`, at the end; the same list if a notice
 * already says it, so a problem found twice is shown once.
 */
export function withNotice(
	notices: readonly Notice[],
	message: string,
	id: number
): readonly Notice[] {
	if (notices.some((n) => n.message === message)) return notices;
	return [...notices, { id, message }];
}

/** The notices without notice `id`. */
export function withoutNotice(notices: readonly Notice[], id: number): readonly Notice[] {
	return notices.filter((n) => n.id !== id);
}
