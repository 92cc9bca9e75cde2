import type { Environment } from 'vitest/environments';

/**
 * Node, with modules built as for the browser: Svelte's components and `.svelte.ts` modules are
 * then compiled with their effects, as they run in the page.
 */
export default {
	name: 'client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
