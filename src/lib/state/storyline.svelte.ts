import { portable } from '$lib/model/dataset-json';
import { SCALE } from '$lib/graph/encoding';
import type { StorylineEmphasis } from '$lib/graph/storyline-emphasis';
import type { KeyEntry, StorylineFrame, StorylineGeometry } from '$lib/graph/storyline-geometry';
import type { StorylineHits } from '$lib/graph/storyline-hits';
import type { StorylineMedium } from '$lib/graph/storyline-session';
import { StorylineSuperseded, StorylineViewClient } from '$lib/graph/storyline-view-client';
import type { Dataset } from '$lib/model/schema';
import type { StageFilter } from '$lib/model/snapshot';
import type { Storyline } from '$lib/model/storyline';

/** What the storyline's drawing asks for: its size, frame, and canvas if it paints on one. */
export interface StorylineLayoutRequest {
	size: { width: number; height: number };
	frame: StorylineFrame;
	/** For the canvas medium: the canvas handed to the worker, once per canvas element. */
	canvas?: OffscreenCanvas;
	pixelRatio: number;
}

/**
 * The explorer's storyline: computed and drawn in a worker that keeps the storylines of the
 * datasets and filters shown (the built-in data's, for everyone on stage, is computed when the
 * site is built), so that switching back is immediate. The page holds only what it draws from:
 * the geometry when it writes SVG (small datasets), and a hit index to find lines either way.
 */
export class StorylineState {
	/** What the worker is doing, for a status line. */
	status = $state<'idle' | 'computing' | 'ready' | 'failed'>('idle');
	error = $state<string | null>(null);
	/** Whether the worker is ordering a storyline (or laying out a big one) rather than loading it. */
	busy = $state(false);
	/** How the drawing is made: decided by the number of people once the storyline is open. */
	medium = $state<StorylineMedium>('svg');
	/** Counts the storylines opened: a drawing lays out again when it changes. */
	opened = $state(0);
	/** The latest drawing's geometry (SVG medium only). */
	geometry = $state.raw<StorylineGeometry | null>(null);
	hits = $state.raw<StorylineHits | null>(null);
	/** The alliances the latest drawing names in its key, with no room where they start. */
	key = $state.raw<KeyEntry[]>([]);
	/** The selected person's allies over time. */
	allies = $state.raw<string[]>([]);
	/** Whether the user has folded the storyline away. */
	collapsed = $state(false);

	private keys = new WeakMap<Dataset, number>();
	private sentDataset: Dataset | null = null;
	private openRequest = 0;
	private emphasisRequest = 0;
	private emphasis: Omit<StorylineEmphasis, 'allies'> = { selected: null, featured: [] };
	/** A layout asked for while another is under way: only the latest is sent after it. */
	private queued: StorylineLayoutRequest | null = null;
	private laying = false;
	/** A canvas not yet handed to the worker: it goes with the next layout sent. */
	private canvas: OffscreenCanvas | null = null;

	/** `client`: the worker's client (a fake worker's in tests). */
	constructor(private readonly client = new StorylineViewClient()) {
		client.onbusy = (busy) => (this.busy = busy);
	}

	/**
	 * Opens the storyline of `dataset` as filtered; `cached`: a URL of it computed earlier. The
	 * latest call wins: one made while the worker still orders an earlier storyline stops that
	 * work rather than wait for it (see `StorylineViewClient`), and an earlier answer is never
	 * shown.
	 */
	async open(dataset: Dataset, filter: StageFilter, cached?: string) {
		const request = ++this.openRequest;
		this.status = 'computing';
		this.error = null;
		this.geometry = null;
		this.hits = null;
		this.key = [];
		try {
			if (this.sentDataset !== dataset) {
				if (!this.keys.has(dataset)) this.keys.set(dataset, nextKey++);
				this.sentDataset = dataset;
				// Its answer says nothing: `open` below fails if the dataset did not arrive.
				this.client
					.ask({ kind: 'dataset', key: this.keys.get(dataset)!, dataset: portable(dataset) })
					.catch(() => undefined);
			}
			const answer = await this.client.ask({ kind: 'open', filter, cached });
			if (request !== this.openRequest || answer.kind !== 'opened') return;
			this.medium = answer.people > SCALE.storylineSvgUpTo ? 'canvas' : 'svg';
			this.status = 'ready';
			this.opened++;
		} catch (error) {
			if (request === this.openRequest) {
				this.status = 'failed';
				this.error = (error as Error).message;
			}
		}
	}

	/**
	 * Lays the open storyline out (and, on a canvas, paints it) for a drawing of this size.
	 * While one layout is under way, only the latest asked for meanwhile follows it.
	 */
	layout(request: StorylineLayoutRequest) {
		if (request.canvas) this.canvas = request.canvas;
		this.queued = request;
		if (!this.laying) void this.layNext();
	}

	private async layNext() {
		const request = this.queued;
		if (!request || this.status !== 'ready') return;
		this.queued = null;
		this.laying = true;
		const opened = this.openRequest;
		const canvas = this.canvas;
		this.canvas = null;
		try {
			const answer = await this.client.ask(
				{
					kind: 'layout',
					frame: request.frame,
					size: request.size,
					medium: this.medium,
					pixelRatio: request.pixelRatio,
					emphasis: this.emphasis,
					...(canvas ? { canvas } : {})
				},
				canvas ? [canvas] : []
			);
			if (opened === this.openRequest && answer.kind === 'laid-out') {
				this.geometry = answer.geometry;
				this.hits = answer.hits;
				this.allies = answer.allies;
				performance.measure('factions:storyline-layout', {
					start: performance.now() - answer.ms,
					duration: answer.ms
				});
				// The lines are drawn; their names, slower to place, follow.
				const named = await this.client.ask({ kind: 'name' });
				if (opened === this.openRequest && named.kind === 'named') {
					if (named.labels && this.geometry)
						this.geometry = { ...this.geometry, labels: named.labels };
					this.key = named.key;
					performance.measure('factions:storyline-names', {
						start: performance.now() - named.ms,
						duration: named.ms
					});
				}
			}
		} catch (error) {
			if (opened === this.openRequest) this.error = (error as Error).message;
		} finally {
			this.laying = false;
		}
		if (this.queued) await this.layNext();
	}

	/** Brings `selected` and their allies forward, or the featured people if nobody is selected. */
	async emphasise(selected: string | null, featured: readonly string[]) {
		this.emphasis = { selected, featured: [...featured] };
		if (this.status !== 'ready') return;
		const mine = ++this.emphasisRequest;
		try {
			const answer = await this.client.ask({ kind: 'emphasis', emphasis: this.emphasis });
			if (mine === this.emphasisRequest && answer.kind === 'emphasised')
				this.allies = answer.allies;
		} catch {
			// A storyline opened since has its own emphasis.
		}
	}

	/** A line at month index `index` in words (`describeSlot`). */
	async describeSlot(person: string, index: number): Promise<string> {
		return this.text({ kind: 'describe-slot', person, index });
	}

	/** A person's whole line in words (`describePath`). */
	async describePath(person: string): Promise<string> {
		return this.text({ kind: 'describe-path', person });
	}

	/** A sentence from the worker; none if a newer storyline replaced the one it was about. */
	private async text(
		request:
			| { kind: 'describe-slot'; person: string; index: number }
			| { kind: 'describe-path'; person: string }
	): Promise<string> {
		try {
			const answer = await this.client.ask(request);
			return answer.kind === 'text' ? answer.text : '';
		} catch (error) {
			if (error instanceof StorylineSuperseded) return '';
			throw error;
		}
	}

	/** The open storyline itself, for an export. */
	async storyline(): Promise<Storyline> {
		const answer = await this.client.ask({ kind: 'storyline' });
		if (answer.kind !== 'storyline') throw new Error('the storyline is not ready yet');
		return answer.storyline;
	}

	dispose() {
		this.client.dispose();
	}
}

let nextKey = 1;
