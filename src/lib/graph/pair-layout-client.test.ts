import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import { snapshotAt } from '../model/snapshot';
import { graphModelOf } from './elements';
import { PairLayoutClient, type PairLayoutWorker } from './pair-layout-client';
import type { PairLayoutReply, PairLayoutRequest } from './pair-layout.worker';
import { layoutPair } from './shared-layout';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const order = dataset.factions.map((f) => f.id);
const model = (month: string) => graphModelOf(snapshotAt(dataset, month), dataset.factions);

/**
 * Workers that run the real worker module (`pair-layout.worker.ts`) in this thread: each message
 * is cloned both ways, as the browser does, and answered in a later task. `answers` lets a test
 * hold answers back and release them.
 */
async function fakeWorkers() {
	let handler: ((event: { data: PairLayoutRequest }) => void) | null = null;
	let reply: (answer: PairLayoutReply) => void = () => {};
	vi.stubGlobal('self', {
		set onmessage(value: typeof handler) {
			handler = value;
		},
		postMessage: (answer: PairLayoutReply) => reply(answer)
	});
	await import('./pair-layout.worker');
	const workers: (PairLayoutWorker & { terminated: boolean; asked: number[] })[] = [];
	const held: (() => void)[] = [];
	const spawn = () => {
		const worker = {
			terminated: false,
			asked: [] as number[],
			onmessage: null as PairLayoutWorker['onmessage'],
			onerror: null as PairLayoutWorker['onerror'],
			postMessage(message: PairLayoutRequest) {
				worker.asked.push(message.id);
				const data = structuredClone(message);
				held.push(() => {
					if (worker.terminated) return;
					reply = (answer) =>
						worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent<PairLayoutReply>);
					handler!({ data });
				});
			},
			terminate() {
				worker.terminated = true;
			}
		};
		workers.push(worker);
		return worker;
	};
	/** Lets every request sent so far be answered, in order. */
	const release = async () => {
		for (const answer of held.splice(0)) answer();
		await Promise.resolve();
	};
	return { spawn, workers, release };
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('the compare view’s layout in a worker', () => {
	it('is the same for the same dates, whatever was laid out before it', () => {
		// layout-base scatters a cold layout's nodes from a sequence kept for the module's life.
		const first = layoutPair(model('1926-10'), model('1928-10'), order);
		layoutPair(model('1917-10'), model('1938-03'), order);
		expect(layoutPair(model('1926-10'), model('1928-10'), order)).toEqual(first);
	});

	it.each([
		['1924-06', '1929-06'],
		['1926-10', '1928-10'],
		['1917-10', '1938-03']
	])('gives the same positions as laying %s and %s out directly', async (a, b) => {
		const { spawn, release } = await fakeWorkers();
		const client = new PairLayoutClient(spawn);
		const answer = client.layOut(model(a), model(b), order);
		await release();
		const direct = layoutPair(model(a), model(b), order);
		expect(Object.keys(direct.a).length).toBeGreaterThan(5);
		expect(await answer).toEqual(direct);
	});

	it('moves people between factions in the worker as directly', async () => {
		const { spawn, release } = await fakeWorkers();
		const client = new PairLayoutClient(spawn);
		// Uglanov stands in another faction at the later date.
		const answer = client.layOut(model('1926-10'), model('1928-10'), order);
		await release();
		const { changedFaction } = await answer;
		expect(changedFaction).toEqual(['uglanov']);
		expect(changedFaction).toEqual(
			layoutPair(model('1926-10'), model('1928-10'), order).changedFaction
		);
	});

	it('a request made while another is laid out replaces it: its worker stops, its promise never settles', async () => {
		const { spawn, workers, release } = await fakeWorkers();
		const client = new PairLayoutClient(spawn);
		const settled: string[] = [];
		void client.layOut(model('1924-06'), model('1929-06'), order).then(() => settled.push('old'));
		const newer = client.layOut(model('1926-10'), model('1928-10'), order).then((pair) => {
			settled.push('new');
			return pair;
		});
		expect(workers).toHaveLength(2);
		expect(workers[0]!.terminated).toBe(true);
		await release();
		expect(await newer).toEqual(layoutPair(model('1926-10'), model('1928-10'), order));
		expect(settled).toEqual(['new']);
	});

	it('keeps an idle worker for the next request', async () => {
		const { spawn, workers, release } = await fakeWorkers();
		const client = new PairLayoutClient(spawn);
		client.warm();
		const first = client.layOut(model('1924-06'), model('1929-06'), order);
		await release();
		await first;
		const second = client.layOut(model('1926-10'), model('1928-10'), order);
		await release();
		await second;
		expect(workers).toHaveLength(1);
		expect(workers[0]!.asked).toEqual([1, 2]);
		expect(workers[0]!.terminated).toBe(false);
	});

	it('rejects with the worker’s message when the layout fails', async () => {
		const { spawn, release } = await fakeWorkers();
		const client = new PairLayoutClient(spawn);
		const broken = model('1926-10');
		// An edge to no one: cytoscape refuses it.
		broken.edges.push({ ...broken.edges[0]!, id: 'nowhere', target: 'nobody' });
		const answer = client.layOut(broken, model('1928-10'), order);
		await release();
		await expect(answer).rejects.toThrow(/nobody|nonexistant|non-existent/i);
	});
});
