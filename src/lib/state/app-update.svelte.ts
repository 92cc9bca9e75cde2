/**
 * The site's service worker, seen from the page: it keeps the site for use offline, and says
 * when a new version of the site is waiting to take over.
 */
export class AppUpdate {
	/** A new version is installed and waits for the page to reload into it. */
	ready = $state(false);
	private registration: ServiceWorkerRegistration | null = null;
	private reloading = false;

	/** Registers the service worker at `script` and watches for new versions. */
	async start(script: string) {
		if (!('serviceWorker' in navigator)) return;
		const container = navigator.serviceWorker;
		// The first version claims the page too: only a version the user asked for reloads it.
		container.addEventListener('controllerchange', () => {
			if (this.reloading) window.location.reload();
		});
		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = await container.register(script, { type: 'classic' });
		} catch {
			// Refused (a private window, a browser set to block them): the site works online.
			return;
		}
		// Some browsers that block service workers resolve with nothing.
		if (!registration) return;
		this.registration = registration;
		// A version may already wait from an earlier visit.
		if (registration.waiting && container.controller) this.ready = true;
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				// Installed with a page already controlled: a new version, not the first one.
				if (installing.state === 'installed' && container.controller) this.ready = true;
			});
		});
	}

	/** Lets the waiting version take over; the page reloads when it has. */
	reload() {
		const waiting = this.registration?.waiting;
		if (!waiting) return;
		this.reloading = true;
		waiting.postMessage({ type: 'activate-update' });
	}
}
