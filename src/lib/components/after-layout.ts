import type { Attachment } from 'svelte/attachments';

/**
 * Calls `measure` with the element once the page has been laid out with it, and again whenever
 * its size changes (a `ResizeObserver`). Unlike `bind:clientWidth`, it never reads a size in the
 * middle of an update: that lays the whole page out there and then, within the task that changed
 * it (about 20 ms of opening 500 people was the storyline's key measured as it was made).
 */
export function afterLayout(measure: (element: HTMLElement) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => measure(element));
		observer.observe(element);
		return () => observer.disconnect();
	};
}

/**
 * Runs `read` in the next animation frame, when the page's changes are all made and it is laid
 * out once for them all; returns what cancels it (an effect's cleanup).
 */
export function nextFrameRead(read: () => void): () => void {
	const frame = requestAnimationFrame(read);
	return () => cancelAnimationFrame(frame);
}
