import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import type { StorylineMessage, StorylineRequest } from './storyline-session';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;

/** The worker's scope, faked: what it posts (and transfers), and its message handler once loaded. */
function fakeScope() {
	const posted: { answer: StorylineMessage; transfer: unknown[] }[] = [];
	let settle: () => void = () => {};
	const scope = {
		onmessage: null as null | ((event: { data: StorylineRequest }) => void),
		postMessage: (answer: StorylineMessage, transfer: unknown[]) => {
			posted.push({ answer: structuredClone(answer), transfer });
			settle();
		}
	};
	vi.stubGlobal('self', scope);
	/** Resolves once `count` answers have been posted. */
	const answers = (count: number) =>
		new Promise<void>((resolve) => {
			settle = () => {
				if (posted.length >= count) resolve();
			};
			settle();
		});
	return { scope, posted, answers };
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('the explorer’s storyline worker', () => {
	it('answers requests in the order sent, transferring the hit index, and says before it orders', async () => {
		const { scope, posted, answers } = fakeScope();
		await import('./storyline-view.worker');
		const send = (data: StorylineRequest) => scope.onmessage!({ data });
		send({ kind: 'dataset', id: 1, key: 1, dataset });
		send({ kind: 'open', id: 2, filter: 'everyone' });
		send({
			kind: 'layout',
			id: 3,
			frame: { x0: 9, x1: 900, y0: 16, y1: 200 },
			size: { width: 909, height: 204 },
			medium: 'svg',
			pixelRatio: 1,
			emphasis: { selected: null, featured: [] }
		});
		send({ kind: 'describe-slot', id: 4, person: 'stalin', index: 100 });
		await answers(5);
		expect(posted.map((p) => [p.answer.id, p.answer.kind])).toEqual([
			[1, 'done'],
			// Ordering takes long: the page hears of it first, so that it may stop it.
			[2, 'working'],
			[2, 'opened'],
			[3, 'laid-out'],
			[4, 'text']
		]);
		expect(posted[3]!.transfer).toHaveLength(4);
		expect(posted[0]!.transfer).toEqual([]);
	});
});
