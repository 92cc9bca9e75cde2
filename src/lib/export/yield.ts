/**
 * Lets the browser paint and handle input before the next piece of long work. A timeout, not an
 * animation frame, so that the work goes on while the tab is in the background.
 */
export function yieldToPage(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task of its own, after whatever the browser has waiting (input, a frame). A
 * message to itself rather than a timeout: a background tab runs timers at most once a second,
 * and a page whose clock a test holds still never runs them.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => inNextTask(resolve));
}

/** Runs `run` in a task of its own, as `nextTask` resolves; the function returned stops it. */
export function inNextTask(run: () => void): () => void {
	const { port1, port2 } = new MessageChannel();
	let stopped = false;
	port1.onmessage = () => {
		port1.close();
		// Closing the port drops a message not yet delivered; the flag does not rely on it.
		if (!stopped) run();
	};
	port2.postMessage(null);
	return () => {
		stopped = true;
		port1.close();
	};
}
