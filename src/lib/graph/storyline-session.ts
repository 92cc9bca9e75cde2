import { fromPortable } from '../model/dataset-json';
import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import { computeStoryline, type Storyline } from '../model/storyline';
import { alliesOverTime, describeSlot } from '../model/storyline-focus';
import { describePath } from '../model/storyline-path';
import { CSS_FONT_STACK, SCALE } from './encoding';
import { paintStoryline, type StorylineContext } from './storyline-canvas';
import type { StorylineEmphasis } from './storyline-emphasis';
import {
	storylineGeometry,
	storylineKey,
	storylineNames,
	type KeyEntry,
	type StorylineFrame,
	type StorylineGeometry
} from './storyline-geometry';
import { storylineHits, type StorylineHits } from './storyline-hits';

/**
 * What the explorer's storyline worker does, without the worker: it keeps the dataset, the
 * storylines computed for it (per filter), the latest drawing's geometry and, for a big dataset,
 * the canvas it paints on. The page asks it for small things (a hit index, a sentence, the
 * storyline for an export), so nothing the size of the storyline crosses to the page unless
 * the drawing is small enough to be SVG. Node tests drive it directly.
 */

/** How the page draws: SVG from the geometry it receives, or a canvas the worker paints. */
export type StorylineMedium = 'svg' | 'canvas';

export type StorylineRequest =
	/** The dataset the next requests are about, named by `key` (sent once per dataset). */
	| { kind: 'dataset'; id: number; key: number; dataset: Dataset | Blob }
	/** Computes (or finds) the storyline of the dataset as filtered; `cached`: a URL of it. */
	| { kind: 'open'; id: number; filter: StageFilter; cached?: string }
	/** Lays it out in `frame`; for `canvas`, paints it on `canvas` (given once, then kept). */
	| {
			kind: 'layout';
			id: number;
			frame: StorylineFrame;
			/** The drawing's size in CSS pixels: the canvas's size on the page. */
			size: { width: number; height: number };
			medium: StorylineMedium;
			canvas?: OffscreenCanvas;
			pixelRatio: number;
			emphasis: Omit<StorylineEmphasis, 'allies'>;
	  }
	/**
	 * Places the names of the latest layout (the slow part of a drawing: a layout comes without
	 * them, so that its lines show first) and, on a canvas, paints them.
	 */
	| { kind: 'name'; id: number }
	/** Brings a person and their allies forward (repainting a canvas); answers the allies. */
	| { kind: 'emphasis'; id: number; emphasis: Omit<StorylineEmphasis, 'allies'> }
	/** A line at a month in words (`describeSlot`). */
	| { kind: 'describe-slot'; id: number; person: string; index: number }
	/** A person's whole line in words (`describePath`). */
	| { kind: 'describe-path'; id: number; person: string }
	/** The storyline itself, for an export. */
	| { kind: 'storyline'; id: number };

export type StorylineAnswer =
	| { kind: 'done'; id: number }
	| { kind: 'opened'; id: number; months: number; people: number; ms: number }
	| {
			kind: 'laid-out';
			id: number;
			hits: StorylineHits;
			/** The geometry, for a page that draws SVG; `null` when the worker painted it. */
			geometry: StorylineGeometry | null;
			allies: string[];
			ms: number;
	  }
	| {
			kind: 'named';
			id: number;
			/** The names, for a page that draws SVG; `null` when the worker painted them. */
			labels: StorylineGeometry['labels'] | null;
			/** The alliances named in the key rather than where they start (both media). */
			key: KeyEntry[];
			ms: number;
	  }
	| { kind: 'emphasised'; id: number; allies: string[] }
	| { kind: 'text'; id: number; text: string }
	| { kind: 'storyline'; id: number; storyline: Storyline }
	| { kind: 'failed'; id: number; message: string };

/**
 * Said before the answer, when a request starts work that takes long (ordering a storyline, or
 * laying out a big one): the page may then stop the worker rather than wait, if what it asks
 * next makes that work useless (another dataset or filter).
 */
export interface StorylineNotice {
	kind: 'working';
	id: number;
}

/** What the worker posts: answers, and notices before long work. */
export type StorylineMessage = StorylineAnswer | StorylineNotice;

/** How many storylines (dataset and filter) are kept. */
const KEPT = 4;

export class StorylineSession {
	private dataset: Dataset | null = null;
	private key = -1;
	private kept = new Map<string, Storyline>();
	private storyline: Storyline | null = null;
	private geometry: StorylineGeometry | null = null;
	/** Whether the latest geometry has its names (see the `name` request). */
	private named = false;
	private canvas: OffscreenCanvas | null = null;
	private paths = new Map<string, Path2D>();
	private emphasis: StorylineEmphasis = { selected: null, allies: [], featured: [] };
	private pixelRatio = 1;
	private size = { width: 1, height: 1 };
	private medium: StorylineMedium = 'svg';
	/** How many people the open storyline holds. */
	private people = 0;

	constructor(
		private readonly load: (url: string) => Promise<Storyline> = async (url) =>
			(await (await fetch(url)).json()) as Storyline,
		private readonly makePath: (d: string) => Path2D = (d) => new Path2D(d)
	) {}

	/** Answers one request; `notify` hears of long work before it starts. */
	async handle(
		request: StorylineRequest,
		notify: (notice: StorylineNotice) => void = () => {}
	): Promise<StorylineAnswer> {
		const id = request.id;
		try {
			switch (request.kind) {
				case 'dataset':
					if (request.key !== this.key) {
						this.dataset = await fromPortable(request.dataset);
						this.key = request.key;
					}
					return { kind: 'done', id };
				case 'open':
					return await this.open(id, request.filter, request.cached, notify);
				case 'layout':
					if (this.people > SCALE.storylineSvgUpTo) notify({ kind: 'working', id });
					return this.layout(request);
				case 'name':
					if (this.people > SCALE.storylineSvgUpTo) notify({ kind: 'working', id });
					return this.name(id);
				case 'emphasis':
					this.setEmphasis(request.emphasis);
					this.paint();
					return { kind: 'emphasised', id, allies: [...this.emphasis.allies] };
				case 'describe-slot':
					return {
						kind: 'text',
						id,
						text: describeSlot(this.data(), this.current(), request.index, request.person)
					};
				case 'describe-path':
					return {
						kind: 'text',
						id,
						text: describePath(this.data(), request.person, this.current())
					};
				case 'storyline':
					return { kind: 'storyline', id, storyline: this.current() };
			}
		} catch (error) {
			return { kind: 'failed', id, message: (error as Error).message };
		}
	}

	private data(): Dataset {
		if (!this.dataset) throw new Error('no dataset was given');
		return this.dataset;
	}

	private current(): Storyline {
		if (!this.storyline) throw new Error('no storyline was opened');
		return this.storyline;
	}

	private async open(
		id: number,
		filter: StageFilter,
		cached: string | undefined,
		notify: (notice: StorylineNotice) => void
	): Promise<StorylineAnswer> {
		const started = performance.now();
		const dataset = this.data();
		const key = `${this.key}:${filter}`;
		let storyline = this.kept.get(key);
		if (!storyline) {
			if (!cached) notify({ kind: 'working', id });
			storyline = cached ? await this.load(cached) : computeStoryline(dataset, { filter });
			this.kept.set(key, storyline);
			while (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
		}
		this.storyline = storyline;
		this.geometry = null;
		this.paths.clear();
		const people = new Set(storyline.columns.flatMap((c) => c.slots.map((s) => s.person))).size;
		this.people = people;
		return {
			kind: 'opened',
			id,
			months: storyline.months.length,
			people,
			ms: performance.now() - started
		};
	}

	private setEmphasis(emphasis: Omit<StorylineEmphasis, 'allies'>) {
		const allies = emphasis.selected ? alliesOverTime(this.current(), emphasis.selected) : [];
		this.emphasis = { ...emphasis, allies };
	}

	private layout(request: Extract<StorylineRequest, { kind: 'layout' }>): StorylineAnswer {
		const started = performance.now();
		const geometry = storylineGeometry(this.data(), this.current(), request.frame, {
			names: false
		});
		this.geometry = geometry;
		this.named = false;
		this.paths.clear();
		this.setEmphasis(request.emphasis);
		this.pixelRatio = request.pixelRatio;
		this.size = request.size;
		this.medium = request.medium;
		if (request.canvas) this.canvas = request.canvas;
		this.paint();
		return {
			kind: 'laid-out',
			id: request.id,
			hits: storylineHits(geometry),
			geometry: request.medium === 'svg' ? geometry : null,
			allies: [...this.emphasis.allies],
			ms: performance.now() - started
		};
	}

	private name(id: number): StorylineAnswer {
		const started = performance.now();
		const geometry = this.geometry;
		if (!geometry)
			return { kind: 'named', id, labels: this.medium === 'svg' ? [] : null, key: [], ms: 0 };
		if (!this.named) {
			this.geometry = { ...geometry, labels: storylineNames(this.data(), geometry) };
			this.named = true;
		}
		this.paint();
		return {
			kind: 'named',
			id,
			labels: this.medium === 'svg' ? this.geometry!.labels : null,
			key: storylineKey(this.geometry!.ribbons, this.geometry!.labels),
			ms: performance.now() - started
		};
	}

	/** Paints the latest geometry on the canvas, when the page draws with one (big datasets). */
	private paint() {
		const canvas = this.canvas;
		const geometry = this.geometry;
		if (!canvas || !geometry || this.medium !== 'canvas') return;
		const ratio = this.pixelRatio;
		const { width, height } = this.size;
		canvas.width = Math.max(1, Math.round(width * ratio));
		canvas.height = Math.max(1, Math.round(height * ratio));
		const context = canvas.getContext('2d') as StorylineContext | null;
		if (!context) return;
		context.setTransform(ratio, 0, 0, ratio, 0, 0);
		context.clearRect(0, 0, width, height);
		paintStoryline(context, geometry, this.emphasis, (d) => this.path(d), CSS_FONT_STACK);
	}

	private path(d: string): Path2D {
		let path = this.paths.get(d);
		if (!path) {
			path = this.makePath(d);
			this.paths.set(d, path);
		}
		return path;
	}
}
