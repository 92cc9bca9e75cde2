import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { scriptBudget } from './scripts/script-budget';

export default defineConfig({
	plugins: [sveltekit(), scriptBudget()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests lay out every month of the built-in data or run hundreds of generated cases:
		// a second on a quiet machine, more than vitest's default 5 s on a busy 2-core one.
		testTimeout: 30_000
	}
});
