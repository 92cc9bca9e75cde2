import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { computeStoryline } from '../model/storyline';
import { describePath } from '../model/storyline-path';
import { SCALE, STORYLINE } from './encoding';
import { lineEmphasis, shownLabels } from './storyline-emphasis';
import { storylineGeometry, storylineKey, type StorylineGeometry } from './storyline-geometry';
import { lineAfterKey, lineAt, linesAt, monthIndexAtX } from './storyline-hits';
import { StorylineSession, type StorylineAnswer } from './storyline-session';
import { estimateTextWidth } from './text';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const frame = { x0: 9, x1: 1029, y0: 16, y1: 200, labelRight: 1038 };
const size = { width: 1038, height: 204 };
const noEmphasis = { selected: null, featured: ['stalin'] };

/** Asks the session and checks the kind of answer. */
async function ask<K extends StorylineAnswer['kind']>(
	session: StorylineSession,
	request: Parameters<StorylineSession['handle']>[0],
	kind: K
): Promise<Extract<StorylineAnswer, { kind: K }>> {
	const answer = await session.handle(request);
	if (answer.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(answer)}`);
	return answer as Extract<StorylineAnswer, { kind: K }>;
}

describe('the storyline session (what the worker does)', () => {
	it('opens, lays out for SVG and answers in words as the model does', async () => {
		const session = new StorylineSession();
		await ask(session, { kind: 'dataset', id: 1, key: 1, dataset }, 'done');
		const opened = await ask(session, { kind: 'open', id: 2, filter: 'everyone' }, 'opened');
		expect(opened.months).toBe(246);
		expect(opened.people).toBeLessThanOrEqual(SCALE.storylineSvgUpTo);
		const laid = await ask(
			session,
			{ kind: 'layout', id: 3, frame, size, medium: 'svg', pixelRatio: 1, emphasis: noEmphasis },
			'laid-out'
		);
		const storyline = computeStoryline(dataset);
		// The lines first, their names after, as one drawing.
		const whole = storylineGeometry(dataset, storyline, frame);
		expect(laid.geometry).toEqual({ ...whole, labels: [] });
		expect(laid.hits.people).toEqual(laid.geometry!.lines.map((l) => l.person));
		const named = await ask(session, { kind: 'name', id: 6 }, 'named');
		expect(named.labels).toEqual(whole.labels);
		expect(named.labels!.length).toBeGreaterThan(50);
		expect(named.key).toEqual(storylineKey(whole.ribbons, whole.labels));
		const path = await ask(session, { kind: 'describe-path', id: 4, person: 'stalin' }, 'text');
		expect(path.text).toBe(describePath(dataset, 'stalin', storyline));
		const emphasised = await ask(
			session,
			{ kind: 'emphasis', id: 5, emphasis: { selected: 'stalin', featured: [] } },
			'emphasised'
		);
		expect(emphasised.allies).toContain('bukharin');
	});

	it('keeps each storyline it computed, and loads a cached one instead of computing', async () => {
		const storyline = computeStoryline(dataset);
		const urls: string[] = [];
		const session = new StorylineSession(async (url) => {
			urls.push(url);
			return storyline;
		});
		await session.handle({ kind: 'dataset', id: 1, key: 7, dataset });
		await ask(session, { kind: 'open', id: 2, filter: 'everyone', cached: '/s.json' }, 'opened');
		await ask(session, { kind: 'open', id: 3, filter: 'politburo' }, 'opened');
		await ask(session, { kind: 'open', id: 4, filter: 'everyone', cached: '/s.json' }, 'opened');
		expect(urls).toEqual(['/s.json']);
		const back = await ask(session, { kind: 'storyline', id: 5 }, 'storyline');
		expect(back.storyline).toBe(storyline);
	});

	it('says before it orders a storyline, and not when it has one kept or cached', async () => {
		const storyline = computeStoryline(dataset);
		const session = new StorylineSession(async () => storyline);
		const notices: number[] = [];
		const notify = (notice: { id: number }) => notices.push(notice.id);
		await session.handle({ kind: 'dataset', id: 1, key: 3, dataset }, notify);
		await session.handle({ kind: 'open', id: 2, filter: 'politburo' }, notify);
		await session.handle({ kind: 'open', id: 3, filter: 'politburo' }, notify);
		await session.handle({ kind: 'open', id: 4, filter: 'everyone', cached: '/s.json' }, notify);
		// A small storyline's layout is quick: no notice either.
		await session.handle(
			{ kind: 'layout', id: 5, frame, size, medium: 'svg', pixelRatio: 1, emphasis: noEmphasis },
			notify
		);
		expect(notices).toEqual([2]);
	});

	it('reports a request before any dataset as a failure', async () => {
		const session = new StorylineSession();
		expect(await session.handle({ kind: 'open', id: 9, filter: 'everyone' })).toEqual({
			kind: 'failed',
			id: 9,
			message: 'no dataset was given'
		});
	});
});

describe('the hit index', () => {
	const storyline = computeStoryline(dataset);
	const session = new StorylineSession();
	const hitsOf = async () => {
		await session.handle({ kind: 'dataset', id: 1, key: 1, dataset });
		await session.handle({ kind: 'open', id: 2, filter: 'everyone' });
		const laid = await ask(
			session,
			{ kind: 'layout', id: 3, frame, size, medium: 'canvas', pixelRatio: 1, emphasis: noEmphasis },
			'laid-out'
		);
		expect(laid.geometry).toBeNull();
		return laid.hits;
	};

	it('finds the month under x and the people at a month, top to bottom', async () => {
		const hits = await hitsOf();
		const t = storyline.months.indexOf('1926-06');
		expect(monthIndexAtX(hits, hits.xs[t]! + 1)).toBe(t);
		expect(monthIndexAtX(hits, -50)).toBe(0);
		const people = linesAt(hits, t).map((l) => l.person);
		expect(people).toEqual(storyline.columns[t]!.slots.map((s) => s.person));
	});

	it('finds the line under the pointer, and none far from every line', async () => {
		const hits = await hitsOf();
		const t = storyline.months.indexOf('1926-06');
		const stalin = linesAt(hits, t).find((l) => l.person === 'stalin')!;
		expect(lineAt(hits, hits.xs[t]!, stalin.y + 1)).toEqual({ person: 'stalin', index: t });
		expect(lineAt(hits, hits.xs[t]!, 5000)).toBeNull();
	});

	it('moves the keyboard up and down the people at the cursor, stopping at the ends', async () => {
		const hits = await hitsOf();
		const t = storyline.months.indexOf('1926-06');
		const people = linesAt(hits, t).map((l) => l.person);
		expect(lineAfterKey(hits, t, null, 1)).toBe(people[0]);
		expect(lineAfterKey(hits, t, null, -1)).toBe(people[people.length - 1]);
		expect(lineAfterKey(hits, t, people[0]!, 1)).toBe(people[1]);
		expect(lineAfterKey(hits, t, people[0]!, -1)).toBe(people[0]);
		expect(lineAfterKey(hits, t, 'lenin', 1)).toBe(people[0]);
	});
});

describe('lineEmphasis', () => {
	it('brings the selected person and allies forward and fades the rest', () => {
		const emphasis = { selected: 'stalin', allies: ['bukharin'], featured: ['stalin'] };
		expect(lineEmphasis(emphasis, 'stalin')).toMatchObject({ opacity: 1, bold: true });
		expect(lineEmphasis(emphasis, 'bukharin').opacity).toBe(1);
		expect(lineEmphasis(emphasis, 'trotsky').opacity).toBeLessThan(0.5);
	});

	it('with nobody selected, draws the featured people wider and everyone at full strength', () => {
		const emphasis = { selected: null, allies: [], featured: ['stalin'] };
		expect(lineEmphasis(emphasis, 'stalin').width).toBeGreaterThan(1);
		expect(lineEmphasis(emphasis, 'trotsky')).toMatchObject({ opacity: 1, width: 1 });
	});
});

describe('shownLabels', () => {
	const storyline = computeStoryline(dataset);
	const emphasis = { selected: 'stalin', allies: ['bukharin'], featured: [] };

	it('writes every name where lines have room for one', () => {
		const roomy = storylineGeometry(dataset, storyline, frame);
		expect(roomy.slot).toBeGreaterThanOrEqual(4);
		expect(shownLabels(roomy, { selected: null, allies: [], featured: ['stalin'] })).toBe(
			roomy.labels
		);
	});

	it('leaves out a name the selected person’s name, written bold, would come too near', () => {
		const roomy = storylineGeometry(dataset, storyline, frame);
		const label = (id: string, text: string, x: number): StorylineGeometry['labels'][number] => {
			const width = estimateTextWidth(text, 12);
			return {
				...{ kind: 'person', id, text, x, y: 100, size: 12, colour: '#000', bold: false },
				box: { x1: x - 2, y1: 88, x2: x + width + 2, y2: 103 }
			};
		};
		// Room kept for Bubnov's name in regular weight, and Radek's 2 pixels after it.
		const bubnov = label('bubnov', 'Bubnov', 100);
		const radek = label('radek', 'Radek', bubnov.box.x2 + STORYLINE.label.apart + 2);
		const drawing = { ...roomy, labels: [bubnov, radek] };
		const allies = { selected: 'bubnov', allies: ['radek'], featured: [] };
		expect(shownLabels(drawing, allies)).toEqual([bubnov]);
		// Featured, his name had room kept in bold: both are written.
		expect(shownLabels(drawing, { ...allies, featured: ['bubnov'] })).toEqual([bubnov, radek]);
		// Radek selected, written bold: Bubnov's name before his is not in the way.
		expect(shownLabels(drawing, { ...allies, selected: 'radek', allies: ['bubnov'] })).toEqual([
			bubnov,
			radek
		]);
	});

	it('leaves out the names of faded lines while someone is selected', () => {
		const roomy = storylineGeometry(dataset, storyline, frame);
		const shown = shownLabels(roomy, emphasis);
		const people = shown.filter((l) => l.kind === 'person').map((l) => l.id);
		expect(people).toContain('stalin');
		expect(people).toContain('bukharin');
		expect(people).not.toContain('trotsky');
		expect(roomy.labels.some((l) => l.kind === 'person' && l.id === 'trotsky')).toBe(true);
		expect(shown.filter((l) => l.kind !== 'person')).toEqual(
			roomy.labels.filter((l) => l.kind !== 'person')
		);
	});

	it('in a dense drawing, only the names of bands, alliances and people brought forward', () => {
		const dense = storylineGeometry(dataset, storyline, { ...frame, y1: 60 });
		expect(dense.slot).toBeLessThan(4);
		const shown = shownLabels(dense, emphasis);
		expect(shown.length).toBeLessThan(dense.labels.length);
		expect(
			shown.filter((l) => l.kind === 'person').every((l) => ['stalin', 'bukharin'].includes(l.id))
		).toBe(true);
		expect(shown.some((l) => l.kind === 'band')).toBe(true);
	});
});

describe('painting on a canvas', () => {
	/** A canvas whose 2D context records the names of the methods called. */
	function fakeCanvas() {
		const calls: string[] = [];
		const context = new Proxy(
			{},
			{
				get:
					(_, name) =>
					(...args: unknown[]) =>
						calls.push(`${String(name)}:${args.length}`),
				set: () => true
			}
		);
		const canvas = { width: 0, height: 0, getContext: () => context };
		return { canvas: canvas as unknown as OffscreenCanvas, calls };
	}

	it('paints for the canvas medium only, again for a new emphasis, at the pixel ratio', async () => {
		const paths: string[] = [];
		const session = new StorylineSession(undefined, (d) => {
			paths.push(d);
			return {} as Path2D;
		});
		await session.handle({ kind: 'dataset', id: 1, key: 1, dataset });
		await session.handle({ kind: 'open', id: 2, filter: 'everyone' });
		const { canvas, calls } = fakeCanvas();
		const layout = { kind: 'layout' as const, frame, size, pixelRatio: 2, emphasis: noEmphasis };
		await session.handle({ ...layout, id: 3, medium: 'canvas', canvas });
		expect([canvas.width, canvas.height]).toEqual([2 * size.width, 2 * size.height]);
		const strokes = calls.filter((c) => c.startsWith('stroke:')).length;
		expect(strokes).toBeGreaterThan(50);
		const parsed = paths.length;
		await session.handle({
			kind: 'emphasis',
			id: 4,
			emphasis: { selected: null, featured: ['stalin'] }
		});
		// Painted again from the same paths, none parsed anew.
		expect(calls.filter((c) => c.startsWith('stroke:')).length).toBeGreaterThan(2 * strokes - 5);
		expect(paths.length).toBe(parsed);
		await session.handle({
			kind: 'emphasis',
			id: 5,
			emphasis: { selected: 'stalin', featured: [] }
		});
		// Again, with the faded lines' names and leaders left out: only the selected line's glow is new.
		expect(paths.length).toBeLessThanOrEqual(parsed + 1);
		const before = calls.length;
		await session.handle({ ...layout, id: 6, medium: 'svg' });
		await session.handle({ kind: 'emphasis', id: 7, emphasis: noEmphasis });
		expect(calls.length).toBe(before);
	});
});
