import { describe, expect, it } from 'vitest';
import type { StorylineHits } from '$lib/graph/storyline-hits';
import type { StorylineMessage, StorylineRequest } from '$lib/graph/storyline-session';
import { StorylineViewClient, type StorylineWorker } from '$lib/graph/storyline-view-client';
import { readDataset } from '../../cli/load';
import { StorylineState } from './storyline.svelte';

/**
 * A worker that answers only when told to: what it was sent, whether it was stopped, and a way
 * to post what the real one would (a notice of long work, an answer).
 */
class FakeWorker implements StorylineWorker {
	received: StorylineRequest[] = [];
	terminated = false;
	onmessage: StorylineWorker['onmessage'] = null;
	onerror: StorylineWorker['onerror'] = null;
	postMessage(message: StorylineRequest) {
		if (this.terminated) throw new Error('posted to a stopped worker');
		this.received.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	/** Posts `message` as the worker would; a stopped worker posts nothing. */
	post(message: StorylineMessage) {
		if (!this.terminated) this.onmessage!({ data: message } as MessageEvent<StorylineMessage>);
	}
	/** The last request of `kind` it received. */
	last<K extends StorylineRequest['kind']>(kind: K) {
		const found = this.received.filter((r) => r.kind === kind).at(-1);
		if (!found) throw new Error(`no ${kind} request`);
		return found as Extract<StorylineRequest, { kind: K }>;
	}
}

/** A storyline state whose client starts fake workers, and the workers it started. */
function fakeState() {
	const workers: FakeWorker[] = [];
	const client = new StorylineViewClient(() => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker;
	});
	return { state: new StorylineState(client), workers };
}

const layoutRequest = {
	size: { width: 1000, height: 200 },
	frame: { x0: 9, x1: 991, y0: 16, y1: 196 },
	pixelRatio: 1
};
const hits: StorylineHits = {
	people: [],
	labels: [],
	starts: new Int32Array(1),
	indexes: new Int32Array(0),
	ys: new Float32Array(0),
	xs: new Float64Array(0),
	slot: 4,
	bottom: 196
};
/** Lets the promises settled so far run on. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
/** Two datasets (the workers here only pass them on). */
const big = loaded.dataset;
const other = structuredClone(big);

/** A storyline state with the built-in data's storyline open, of `people` people, in its worker. */
async function openState(people: number) {
	const { state, workers } = fakeState();
	const opening = state.open(big, 'everyone');
	const worker = workers[0]!;
	worker.post({ kind: 'opened', id: worker.last('open').id, months: 240, people, ms: 1 });
	await opening;
	return { state, workers, worker };
}

describe('opening a storyline while another is being ordered', () => {
	it('stops the ordering at once: the new one does not wait, the old one never paints', async () => {
		const { state, workers } = fakeState();
		const first = state.open(big, 'everyone');
		const [old] = workers;
		const oldOpen = old!.last('open');
		// The worker says it is ordering (it would take seconds for 2,000 people).
		expect(state.busy).toBe(false);
		old!.post({ kind: 'working', id: oldOpen.id });
		expect(state.status).toBe('computing');
		expect(state.busy).toBe(true);

		const second = state.open(other, 'everyone');
		// Not queued behind the ordering: that worker is stopped and a new one has the request.
		expect(old!.terminated).toBe(true);
		expect(workers).toHaveLength(2);
		const fresh = workers[1]!;
		expect(fresh.received.map((r) => r.kind)).toEqual(['dataset', 'open']);
		expect(fresh.last('dataset').dataset).toBe(other);
		// The old worker's answer can no longer come; the old open gives up quietly.
		old!.post({ kind: 'opened', id: oldOpen.id, months: 240, people: 2000, ms: 5000 });
		await first;
		expect(state.status).toBe('computing');

		fresh.post({ kind: 'opened', id: fresh.last('open').id, months: 240, people: 30, ms: 3 });
		expect(state.busy).toBe(false);
		await second;
		expect(state.status).toBe('ready');
		expect(state.opened).toBe(1);
		state.layout(layoutRequest);
		await settled();
		// Only the new storyline is laid out and painted, and only by the new worker.
		expect(old!.received.some((r) => r.kind === 'layout')).toBe(false);
		const layout = fresh.last('layout');
		fresh.post({ kind: 'laid-out', id: layout.id, hits, geometry: null, allies: [], ms: 1 });
		await settled();
		expect(state.hits).toBe(hits);
	});

	it('gives the new worker the dataset again when only the filter changes', async () => {
		const { state, workers } = fakeState();
		void state.open(big, 'everyone');
		const old = workers[0]!;
		old.post({ kind: 'working', id: old.last('open').id });
		const politburo = state.open(big, 'politburo');
		expect(old.terminated).toBe(true);
		const fresh = workers[1]!;
		expect(fresh.received.map((r) => r.kind)).toEqual(['dataset', 'open']);
		expect(fresh.last('dataset').dataset).toBe(big);
		expect(fresh.last('open').filter).toBe('politburo');
		fresh.post({ kind: 'opened', id: fresh.last('open').id, months: 240, people: 40, ms: 2 });
		await politburo;
		expect(state.status).toBe('ready');
	});

	it('keeps the worker (and the storylines it keeps) when it is not busy', async () => {
		const { state, workers } = fakeState();
		const first = state.open(big, 'everyone');
		const worker = workers[0]!;
		// A storyline it kept or loaded: no notice of long work before the answer.
		worker.post({ kind: 'opened', id: worker.last('open').id, months: 240, people: 40, ms: 1 });
		await first;
		void state.open(big, 'politburo');
		expect(worker.terminated).toBe(false);
		expect(workers).toHaveLength(1);
		expect(worker.last('open').filter).toBe('politburo');
	});

	it('drops the sentences asked of a stopped worker without an error', async () => {
		const { state, workers } = fakeState();
		void state.open(big, 'everyone');
		const old = workers[0]!;
		old.post({ kind: 'working', id: old.last('open').id });
		const sentence = state.describePath('p1');
		void state.open(other, 'everyone');
		await expect(sentence).resolves.toBe('');
	});

	it('stops a big storyline’s layout, too, for the next dataset', async () => {
		const { state, workers, worker: old } = await openState(2000);
		state.layout(layoutRequest);
		await settled();
		old.post({ kind: 'working', id: old.last('layout').id });
		void state.open(other, 'everyone');
		expect(old.terminated).toBe(true);
		// The layout was given up, so the next one is sent once the new storyline is open.
		const fresh = workers[1]!;
		fresh.post({ kind: 'opened', id: fresh.last('open').id, months: 240, people: 30, ms: 1 });
		await settled();
		state.layout(layoutRequest);
		await settled();
		expect(fresh.received.map((r) => r.kind)).toEqual(['dataset', 'open', 'layout']);
	});
});

describe('a storyline drawn in SVG', () => {
	it('shows its lines at once and their names when the worker has placed them', async () => {
		const { state, worker } = await openState(58);
		state.layout(layoutRequest);
		await settled();
		const drawing = {
			frame: { ...layoutRequest.frame, scale: 1, labelRight: 991 },
			xs: [],
			step: 4,
			slot: 4,
			bottom: 196,
			bands: [],
			ribbons: [],
			lines: [],
			labels: [],
			years: [],
			events: [],
			widths: { full: 2, candidate: 2, outside: 1, unknown: 1 }
		};
		worker.post({
			kind: 'laid-out',
			id: worker.last('layout').id,
			hits,
			geometry: drawing,
			allies: [],
			ms: 1
		});
		await settled();
		expect(state.geometry).toEqual(drawing);
		// Then it asks for the names, and draws them when they come.
		const name = worker.last('name');
		const stalin = {
			kind: 'person' as const,
			id: 'stalin',
			text: 'Stalin',
			x: 10,
			y: 50,
			size: 12,
			colour: '#222',
			bold: true,
			box: { x1: 8, y1: 40, x2: 50, y2: 54 }
		};
		const key = [
			{ alliance: 'lc', number: 1, name: 'Left Communists', colour: '#333', marked: true, start: 3 }
		];
		worker.post({ kind: 'named', id: name.id, labels: [stalin], key, ms: 1 });
		await settled();
		expect(state.geometry).toEqual({ ...drawing, labels: [stalin] });
		expect(state.key).toEqual(key);
	});
});
