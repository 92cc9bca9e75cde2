import { afterEach, describe, expect, it, vi } from 'vitest';
import { inNextTask, nextTask } from './yield';

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

describe('inNextTask', () => {
	it('runs in a task of its own, unless stopped first', async () => {
		const ran: string[] = [];
		inNextTask(() => ran.push('first'));
		const stop = inNextTask(() => ran.push('stopped'));
		stop();
		expect(ran).toEqual([]);
		await nextTask();
		await nextTask();
		expect(ran).toEqual(['first']);
	});
});
