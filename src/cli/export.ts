import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_IMAGE_CHOICES, parseImageSize, type ImageChoices } from '../lib/export/image';
import { filesAt, storylineFile } from '../lib/export/files';
import {
	ANIMATION_FORMATS,
	animationFileName,
	DECK_FORMAT,
	EXPORT_FORMATS,
	type AnimationFormat,
	historyFileName,
	seriesDeckFileName,
	storyDeckFileName,
	SERIES_STEPS,
	type ExportFormat,
	type SeriesStep
} from '../lib/export/filenames';
import { seriesDeck, storyDeck } from '../lib/export/deck';
import { writeGexf } from '../lib/export/gexf';
import { writeDeck } from '../lib/export/pptx';
import { seriesMonths } from '../lib/export/series';
import {
	ANIMATION_SIZES,
	ANIMATION_SPEEDS,
	planAnimation,
	storyKeys,
	type AnimationKey,
	type AnimationSpeed
} from '../lib/export/animation';
import { datasetColours, gifPalette } from '../lib/export/gif';
import { animationFiles } from './animate';
import { computeFlipbook, type Flipbook } from '../lib/graph/flipbook';
import { formatIssues } from '../lib/model/parts';
import { computeStoryline } from '../lib/model/storyline';
import { monthsBetween, parseMoment } from '../lib/model/time';
import { parseFlags } from './args';
import { runIfScript, terminalIo, UsageError, type CliIo } from './io';
import { readDataset } from './load';
import { rasterizeWithResvg } from './rasterize';

const USAGE =
	'usage: npm run export -- (--at DATE | --from DATE --to DATE [--step year|month|event]) ' +
	'[--format png|svg|json|csv|gexf|cyjs] [--size WIDTHxHEIGHT] [--background white|transparent] ' +
	'[--no-title] [--no-date] [--no-legend] [--no-source] --out DIR [--data PATH]; or ' +
	'npm run export -- (--story ID | --at DATE | --from DATE --to DATE [--step …]) --format pptx ' +
	'--out DIR [--data PATH]; or ' +
	'npm run export -- (--story ID | --from DATE --to DATE [--step …]) --format gif|png-frames ' +
	'[--size 1280x720|1920x1080] [--fps N] [--speed slow|normal|fast] [--no-…] --out DIR [--data PATH]; or ' +
	'npm run export -- --view storyline [--format svg|png] [--at DATE] [--show everyone|politburo] ' +
	'[--size …] [--background …] [--no-…] --out DIR [--data PATH]';

/** What the command draws: the graph at dates (the default), or the storyline of the whole range. */
const VIEWS = ['graph', 'storyline'] as const;

function fail(message: string): never {
	throw new UsageError(message);
}

const SWITCHES: Record<string, keyof ImageChoices> = {
	'--no-title': 'title',
	'--no-date': 'date',
	'--no-legend': 'legend',
	'--no-source': 'source'
};
const VALUE_FLAGS = [
	'--at',
	'--from',
	'--to',
	'--step',
	'--format',
	'--size',
	'--background',
	'--out',
	'--data',
	'--view',
	'--show',
	'--story',
	'--fps',
	'--speed'
];

/**
 * `npm run export`: writes the explorer's picture or data at a date, or a series of dates, to
 * files in a folder. Returns the exit code: 0, or 2 for a command line it refuses, with one line
 * on `io.stderr`.
 */
export async function main(args: string[], io: CliIo = terminalIo): Promise<number> {
	try {
		await run(args, io);
		return 0;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.stderr(`export: ${error.message}`);
		return 2;
	}
}

async function run(args: string[], io: CliIo) {
	const parsed = parseFlags(args, {
		values: Object.fromEntries(VALUE_FLAGS.map((flag) => [flag, { count: 1, what: 'a value' }])),
		switches: Object.keys(SWITCHES)
	});
	if (!parsed.ok) fail(`${parsed.message}. ${USAGE}`);
	const values = new Map([...parsed.values].map(([flag, [value]]) => [flag, value!]));
	const image: ImageChoices = { ...DEFAULT_IMAGE_CHOICES };
	for (const flag of parsed.switches)
		(image as unknown as Record<string, boolean>)[SWITCHES[flag]!] = false;

	const view = values.get('--view') ?? 'graph';
	if (!(VIEWS as readonly string[]).includes(view))
		fail(`--view "${view}" is not one of ${VIEWS.join(', ')}`);
	if (view === 'storyline') {
		for (const flag of ['--from', '--to', '--step'])
			if (values.has(flag))
				fail(`${flag} does not apply to --view storyline: it shows the whole range`);
	} else if (values.has('--show')) fail('--show applies to --view storyline only');
	const show = values.get('--show') ?? 'everyone';
	if (show !== 'everyone' && show !== 'politburo')
		fail(`--show "${show}" is not everyone or politburo`);
	const deck = values.get('--format') === DECK_FORMAT;
	const animated = (ANIMATION_FORMATS as readonly string[]).includes(values.get('--format') ?? '');
	if (values.has('--story') && !deck && !animated)
		fail(`--story applies to --format ${[DECK_FORMAT, ...ANIMATION_FORMATS].join(', ')} only`);
	if ((deck || animated) && view !== 'graph')
		fail(`--format ${values.get('--format')} draws the graph: not with --view storyline`);
	for (const flag of ['--fps', '--speed'])
		if (values.has(flag) && !animated)
			fail(`${flag} applies to --format ${ANIMATION_FORMATS.join(', ')} only`);
	const format = (values.get('--format') ?? 'svg') as ExportFormat;
	if (view === 'storyline' && format !== 'svg' && format !== 'png')
		fail(`--format "${format}" is not one of svg, png for --view storyline`);
	if (!EXPORT_FORMATS.includes(format) && !deck && !animated)
		fail(
			`--format "${format}" is not one of ${[...EXPORT_FORMATS, DECK_FORMAT, ...ANIMATION_FORMATS].join(', ')}`
		);
	const step = (values.get('--step') ?? (animated ? 'month' : 'year')) as SeriesStep;
	if (!SERIES_STEPS.includes(step))
		fail(`--step "${step}" is not one of ${SERIES_STEPS.join(', ')}`);
	if (values.has('--size')) {
		const size = parseImageSize(values.get('--size')!);
		if (!size)
			fail(
				`--size "${values.get('--size')}" is not a size: expected WIDTHxHEIGHT, such as 1920x1080`
			);
		Object.assign(image, size);
	} else if (animated) Object.assign(image, ANIMATION_SIZES[0]);
	const speed = values.get('--speed') ?? 'normal';
	if (!Object.hasOwn(ANIMATION_SPEEDS, speed))
		fail(`--speed "${speed}" is not one of ${Object.keys(ANIMATION_SPEEDS).join(', ')}`);
	const timing = { ...ANIMATION_SPEEDS[speed as AnimationSpeed].timing };
	if (values.has('--fps')) {
		const fps = Number(values.get('--fps'));
		if (!Number.isInteger(fps) || fps < 1 || fps > 50)
			fail(`--fps "${values.get('--fps')}" is not a whole number of frames a second from 1 to 50`);
		timing.fps = fps;
	}
	const background = values.get('--background') ?? 'white';
	if (background !== 'white' && background !== 'transparent')
		fail(`--background "${background}" is not white or transparent`);
	image.background = background;
	const out = values.get('--out');
	if (!out) fail(`--out DIR is required. ${USAGE}`);

	const loaded = readDataset(values.get('--data'));
	if (!loaded.ok) fail(`the dataset is not valid:\n${formatIssues(loaded.issues)}`);
	const dataset = loaded.dataset;

	/** The month of a date flag; a series' ends may lie outside the data, a single date may not. */
	const monthArg = (flag: string, inRange = true): string => {
		const value = values.get(flag)!;
		const moment = parseMoment(value);
		if (!moment) fail(`${flag} "${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
		const { start, end } = dataset.meta;
		if (inRange && (moment.month < start || moment.month > end))
			fail(
				`${flag} "${value}" is outside the dataset's range: expected a date from ${start} to ${end}`
			);
		return moment.month;
	};

	const cursor = view === 'storyline' && values.has('--at') ? monthArg('--at') : undefined;
	mkdirSync(out, { recursive: true });
	const written: string[] = [];
	const write = (name: string, data: string | Uint8Array) => {
		writeFileSync(join(out, name), data);
		written.push(name);
	};
	const report = () =>
		io.stdout(
			`wrote ${written.length} ${written.length === 1 ? 'file' : 'files'} to ${out}: ${written.join(', ')}`
		);

	if (view === 'storyline') {
		// The storyline the app computes for the same data and filter, with the month as cursor.
		const storyline = computeStoryline(dataset, { filter: show });
		const file = await storylineFile(
			dataset,
			storyline,
			image,
			format as 'svg' | 'png',
			rasterizeWithResvg,
			cursor ? { cursor } : {}
		);
		write(file.name, file.data);
		report();
		return;
	}

	// The same flip-book as the app's: the explorer's positions for each month.
	let flipbook: Flipbook | null = null;
	const positionsAt = (month: string) =>
		(flipbook ??= computeFlipbook(dataset)).positions[month] ?? {};

	const noStory = (id: string) => {
		const ids = (dataset.stories ?? []).map((story) => story.id);
		return `no story "${id}" in the dataset${ids.length ? `: expected one of ${ids.join(', ')}` : ': it has none'}`;
	};
	const writeAnimation = async (
		keys: AnimationKey[],
		what: Parameters<typeof animationFileName>[0]
	) => {
		const animationFormat = format as unknown as AnimationFormat;
		const animation = planAnimation(dataset, keys, positionsAt, image, timing);
		const name = animationFileName(what, animationFormat === 'gif' ? 'gif' : undefined);
		if (animationFormat === 'png-frames') mkdirSync(join(out, name), { recursive: true });
		const files = await animationFiles(
			animation,
			animationFormat,
			gifPalette(datasetColours(dataset)),
			name
		);
		for (const file of files) write(file.name, file.data);
		if (animationFormat === 'png-frames') {
			written.length = 0;
			written.push(`${name}/ (${files.length} frames at ${timing.fps} frames a second)`);
		}
		report();
	};

	if (values.has('--story')) {
		for (const flag of ['--at', '--from', '--to', '--step'])
			if (values.has(flag)) fail(`${flag} does not apply to --story: the story gives the dates`);
		const id = values.get('--story')!;
		if (animated) {
			const keys = storyKeys(dataset, id);
			if (!keys) fail(noStory(id));
			await writeAnimation(keys, { story: id });
			return;
		}
		const plan = storyDeck(dataset, id);
		if (!plan) fail(noStory(id));
		write(storyDeckFileName(id), await writeDeck(dataset, plan, positionsAt));
		report();
		return;
	}

	let months: string[] = [];
	if (format !== 'gexf') {
		if (values.has('--at')) {
			if (values.has('--from') || values.has('--to'))
				fail(`give --at or --from and --to, not both. ${USAGE}`);
			months = [monthArg('--at')];
		} else {
			if (!values.has('--from') || !values.has('--to'))
				fail(`give --at DATE, or --from DATE and --to DATE. ${USAGE}`);
			const all = monthsBetween(dataset.meta.start, dataset.meta.end);
			months = seriesMonths(
				all,
				dataset.events,
				monthArg('--from', false),
				monthArg('--to', false),
				step
			);
			if (months.length === 0)
				fail(
					`no ${step} to export between --from and --to: the data runs from ${dataset.meta.start} to ${dataset.meta.end}`
				);
		}
	}

	if (animated) {
		if (values.has('--at')) fail('an animation needs --from and --to, or --story');
		await writeAnimation(
			months.map((month) => ({ month, show: 'everyone' })),
			{ from: months[0]!, to: months[months.length - 1]!, step }
		);
		return;
	}
	if (deck) {
		const [first, last] = [months[0]!, months[months.length - 1]!];
		write(
			seriesDeckFileName(first, last, values.has('--at') ? null : step),
			await writeDeck(dataset, seriesDeck(dataset, months), positionsAt)
		);
	} else if (format === 'gexf') {
		write(historyFileName(dataset.meta.start, dataset.meta.end), writeGexf(dataset));
	} else {
		const exporter = {
			dataset,
			filter: 'everyone' as const,
			positionsAt,
			image,
			rasterize: rasterizeWithResvg
		};
		for (const month of months) {
			for (const file of await filesAt(exporter, month, format)) write(file.name, file.data);
		}
	}
	report();
}

await runIfScript(import.meta.url, main);
