import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GifReader } from 'omggif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as exportMain } from '../../src/cli/export';
import { readDataset } from '../../src/cli/load';
import { planAnimation, rangeKeys, storyKeys } from '../../src/lib/export/animation';
import { DEFAULT_IMAGE_CHOICES } from '../../src/lib/export/image';
import { escapeXml } from '../../src/lib/export/xml';
import { ATTENTION } from '../../src/lib/graph/encoding';
import { computeFlipbook, type Flipbook } from '../../src/lib/graph/flipbook';
import type { Dataset } from '../../src/lib/model/schema';
import { runCli } from './cli';
import { pngSize } from './png';

const out = mkdtempSync(join(tmpdir(), 'factions-gif-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const run = (...args: string[]) => runCli(exportMain, ...args);

let dataset: Dataset;
let flipbook: Flipbook;
beforeAll(() => {
	const loaded = readDataset();
	if (!loaded.ok) throw new Error('the built-in dataset does not load');
	dataset = loaded.dataset;
	flipbook = computeFlipbook(dataset);
}, 60_000);
const image = { ...DEFAULT_IMAGE_CHOICES, width: 1280, height: 720 };

// Drawing and encoding frames takes seconds on a busy machine.
describe('an animated GIF from the command line', { timeout: 120_000 }, () => {
	it('holds every month of the range and plays the transitions between them, decoded by omggif', async () => {
		const result = await run(
			'--from',
			'1924-01',
			'--to',
			'1924-04',
			'--step',
			'month',
			'--format',
			'gif',
			'--out',
			out
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const name = 'factions-1924-01-1924-04-month.gif';
		expect(result.stdout).toContain(name);
		const gif = new GifReader(new Uint8Array(readFileSync(join(out, name))));
		expect([gif.width, gif.height]).toEqual([1280, 720]);
		expect(gif.loopCount()).toBe(0);

		// The plan the command draws: four held months and the frames between them.
		const plan = planAnimation(
			dataset,
			rangeKeys(dataset, '1924-01', '1924-04', 'month'),
			(month) => flipbook.positions[month] ?? {},
			image
		);
		expect(plan.frames.filter((frame) => frame.t === 0)).toHaveLength(4);
		expect(gif.numFrames()).toBe(plan.frames.length);
		const delays = Array.from({ length: gif.numFrames() }, (_, i) => gif.frameInfo(i).delay);
		// GIF counts hundredths of a second: a held month lasts one second, a transition's
		// frames a fifteenth (7 hundredths) each.
		expect(delays).toEqual(plan.frames.map((frame) => frame.delayMs / 10));
		expect(delays[0]).toBe(100);
		expect(delays.at(-1)).toBe(100);
		expect(delays.some((delay) => delay === 7)).toBe(plan.frames.length > 4);

		// Played back, every frame is a whole picture on white paper: the transparent pixels of a
		// frame (what did not change) show the frame before, never the palette's spare colour.
		const pixels = new Uint8Array(1280 * 720 * 4);
		for (let i = 0; i < gif.numFrames(); i++) {
			gif.decodeAndBlitFrameRGBA(i, pixels);
			if (i === 0) expect(gif.frameInfo(0).transparent_index).toBeNull();
			else expect(gif.frameInfo(i).disposal).toBe(1);
		}
		expect([...pixels.slice(0, 4)]).toEqual([255, 255, 255, 255]);
		let magenta = 0;
		for (let p = 0; p < pixels.length; p += 4)
			if (pixels[p] === 255 && pixels[p + 1] === 0 && pixels[p + 2] === 255) magenta++;
		expect(magenta).toBe(0);
	});

	it('writes the numbered PNG frames at a steady frame rate, a held month repeated', async () => {
		const result = await run(
			'--from',
			'1924-03',
			'--to',
			'1924-04',
			'--format',
			'png-frames',
			'--fps',
			'10',
			'--out',
			out
		);
		expect(result.stderr).toBe('');
		const folder = join(out, 'factions-1924-03-1924-04-month-frames');
		const files = readdirSync(folder).sort();
		const plan = planAnimation(
			dataset,
			rangeKeys(dataset, '1924-03', '1924-04', 'month'),
			(month) => flipbook.positions[month] ?? {},
			image,
			{ fps: 10, holdMs: 1000, pace: 1 }
		);
		const expected = plan.frames.reduce(
			(sum, frame) => sum + Math.max(1, Math.round(frame.delayMs / 100)),
			0
		);
		expect(files).toHaveLength(expected);
		expect(files[0]).toBe('frame-0001.png');
		expect(pngSize(new Uint8Array(readFileSync(join(folder, files.at(-1)!))))).toEqual({
			width: 1280,
			height: 720
		});
	});

	it.each([
		[['--story', 'how-trotsky-won', '--format', 'gif'], /no story "how-trotsky-won"/],
		[['--at', '1926', '--format', 'gif'], /an animation needs --from and --to, or --story/],
		[['--from', '1924', '--to', '1925', '--format', 'gif', '--fps', '0'], /--fps "0"/],
		[['--at', '1926', '--fps', '12'], /--fps applies to --format gif, png-frames only/],
		[['--from', '1924', '--to', '1925', '--format', 'gif', '--speed', 'warp'], /--speed "warp"/]
	])('refuses %j', async (args, message) => {
		const result = await run(...args, '--out', out);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
	});
});

describe("a story's animation", () => {
	it("holds each step with its caption burned in, and is drawn at the story's months", () => {
		const keys = storyKeys(dataset, 'how-stalin-won')!;
		const story = dataset.stories!.find((s) => s.id === 'how-stalin-won')!;
		expect(keys).toHaveLength(story.steps.length);
		const plan = planAnimation(dataset, keys, (m) => flipbook.positions[m] ?? {}, image);
		const held = plan.frames.flatMap((frame, index) => (frame.t === 0 ? [index] : []));
		expect(held).toHaveLength(keys.length);
		const first = plan.svgOf(held[0]!);
		expect(first).toContain(escapeXml(story.steps[0]!.caption.slice(0, 20)));
		// A frame between two steps draws the next step's caption.
		const moving = plan.frames.findIndex((frame) => frame.t > 0);
		expect(moving).toBeGreaterThan(0);
		const next = story.steps[plan.frames[moving]!.key + 1]!;
		expect(plan.svgOf(moving)).toContain(escapeXml(next.caption.slice(0, 20)));
	});
	it("makes the step's focus person glow as the graph's selection, and nobody else", () => {
		const keys = storyKeys(dataset, 'how-stalin-won')!;
		const story = dataset.stories!.find((s) => s.id === 'how-stalin-won')!;
		const plan = planAnimation(dataset, keys, (m) => flipbook.positions[m] ?? {}, image);
		const glowing = (svg: string) =>
			[
				...svg.matchAll(
					/<g id="person-([^"]+)"[^>]*><circle class="selected"[^>]*fill="([^"]+)" fill-opacity="([^"]+)"/g
				)
			].map((match) => `${match[1]} ${match[2]} ${match[3]}`);
		plan.frames.forEach((frame, index) => {
			if (frame.t !== 0) return;
			const focus = story.steps[frame.key]!.focus;
			expect(glowing(plan.svgOf(index)), `step ${frame.key + 1}`).toEqual(
				focus ? [`${focus} ${ATTENTION.selected.colour} ${ATTENTION.selected.opacity}`] : []
			);
		});
		// Between two steps, the next step's person glows where the transition has them.
		const moving = plan.frames.findIndex((frame) => frame.t > 0);
		const next = story.steps[plan.frames[moving]!.key + 1]!;
		expect(glowing(plan.svgOf(moving)).map((g) => g.split(' ')[0])).toEqual(
			next.focus ? [next.focus] : []
		);
		// Playback between two dates has no focus: nobody glows.
		const range = planAnimation(
			dataset,
			rangeKeys(dataset, '1926-01', '1926-03', 'month'),
			(m) => flipbook.positions[m] ?? {},
			image
		);
		expect(glowing(range.svgOf(0))).toEqual([]);
	});
});
