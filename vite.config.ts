import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { scriptBudget } from './scripts/script-budget';

export default defineConfig({
	plugins: [sveltekit(), scriptBudget()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		// Some tests lay out every month of the built-in data or run hundreds of generated cases:
		// a second on a quiet machine, more than vitest's default 5 s on a busy 2-core one.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Tests of what runs again when state changes need Svelte's client runtime, which
				// Node would otherwise be given (its server one has no effects).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'reactivity',
					include: ['src/**/*.svelte.test.ts'],
					environment: './tests/unit/client-environment.ts'
				}
			}
		]
	}
});
