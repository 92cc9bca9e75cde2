import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './yield';

describe('nextTask', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('resolves after the microtasks already queued', async () => {
		const order: string[] = [];
		const task = nextTask().then(() => order.push('task'));
		queueMicrotask(() => order.push('microtask'));
		await task;
		expect(order).toEqual(['microtask', 'task']);
	});

	it('resolves while the clock is held, as a test holds the page’s', async () => {
		vi.useFakeTimers();
		const resolved = await Promise.race([
			nextTask().then(() => true),
			new Promise<false>((resolve) => setTimeout(() => resolve(false), 0))
		]);
		expect(resolved).toBe(true);
	});
});
