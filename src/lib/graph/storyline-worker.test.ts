import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import { computeStoryline } from '../model/storyline';
import type { StorylineReply, StorylineRequest } from './storyline.worker';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;

/** The worker's scope, faked: what it posts, and its message handler once loaded. */
function fakeScope() {
	const posted: StorylineReply[] = [];
	const scope = {
		onmessage: null as null | ((event: { data: StorylineRequest }) => void),
		postMessage: (reply: StorylineReply) => posted.push(structuredClone(reply))
	};
	vi.stubGlobal('self', scope);
	return { scope, posted };
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('the storyline worker', () => {
	it('answers a request with the storyline computeStoryline gives, through a structured clone', async () => {
		const { scope, posted } = fakeScope();
		await import('./storyline.worker');
		scope.onmessage!({ data: { id: 7, dataset, filter: 'politburo' } });
		expect(posted).toHaveLength(1);
		const reply = posted[0]!;
		if (reply.kind !== 'done') throw new Error(`the worker failed: ${reply.message}`);
		expect(reply.id).toBe(7);
		expect(reply.ms).toBeGreaterThanOrEqual(0);
		expect(reply.storyline).toEqual(computeStoryline(dataset, { filter: 'politburo' }));
	});

	it('reports a failure instead of throwing', async () => {
		const { scope, posted } = fakeScope();
		await import('./storyline.worker');
		const broken = { ...dataset, meta: { ...dataset.meta, start: 'not a date' } };
		scope.onmessage!({ data: { id: 1, dataset: broken, filter: 'everyone' } });
		expect(posted).toEqual([{ id: 1, kind: 'failed', message: expect.stringMatching(/not/) }]);
	});
});
