/**
 * Shows the whole page full-screen, where the browser allows it: only after a click or a key
 * press, and not in some browsers (Safari on iPhone) or frames. Where it refuses, present mode
 * fills the window instead, so a refusal is no error.
 */
export function enterFullscreen(): void {
	const root = document.documentElement;
	if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
	root.requestFullscreen().catch(() => {});
}

/** Leaves full screen, if the page is in it. */
export function exitFullscreen(): void {
	if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}
