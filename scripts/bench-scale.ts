/**
 * Figures for big and hostile data: one month's snapshot at 45 (built-in), 2,000 and 10,000
 * people; validating 10,000 and 100,000 people; and the "did you mean" search for 500 unknown
 * ids against 20,000 people. Called by `npm run bench`; alone: `npx tsx scripts/bench-scale.ts`
 * (`-- --snapshots` for the snapshot figures only).
 */
import { pathToFileURL } from 'node:url';
import { readDataset } from '../src/cli/load';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { monthsBetween } from '../src/lib/model/time';
import { validateDataset } from '../src/lib/model/validate';
import { syntheticDataset } from './synthetic';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function time<T>(run: () => T): { value: T; elapsed: number } {
	const started = performance.now();
	const value = run();
	return { value, elapsed: performance.now() - started };
}

/**
 * The time of `snapshotAt` at 24 months spread over the range: the first month (which builds
 * the index), then after a warm-up pass, the mean of the fastest of three passes and the
 * slowest month seen in them.
 */
function snapshotCost(name: string, dataset: Dataset) {
	const all = monthsBetween(dataset.meta.start, dataset.meta.end);
	const months = Array.from({ length: 24 }, (_, i) => all[Math.floor((i * all.length) / 24)]!);
	const first = time(() => snapshotAt(dataset, months[0]!));
	const onStage = months.map((month) => snapshotAt(dataset, month).people.length);
	const passes = [0, 1, 2].map(() =>
		months.map((month) => time(() => snapshotAt(dataset, month)).elapsed)
	);
	const means = passes.map((pass) => pass.reduce((s, t) => s + t, 0) / pass.length);
	console.log(
		`- snapshotAt, ${name} (${dataset.people.length} people, ${all.length} months, up to ${Math.max(...onStage)} on stage): ` +
			`${ms(Math.min(...means))} a month, ${ms(Math.max(...passes.flat()))} at worst; ` +
			`the first month, which builds the index, ${ms(first.elapsed)}`
	);
}

function validationCost(people: number) {
	const dataset = syntheticDataset(people);
	const { value, elapsed } = time(() => validateDataset(dataset));
	const outcome = value.ok
		? 'valid'
		: `refused: ${value.issues[0]!.path}: ${value.issues[0]!.message}`;
	console.log(`- validateDataset, ${people} people: ${ms(elapsed)} (${outcome.slice(0, 140)})`);
}

/** 500 alliance members whose ids are one letter off a real one, or nothing like any. */
function suggestionCost(people: number, unknown: number) {
	const dataset = syntheticDataset(people);
	for (let i = 0; i < unknown; i++) {
		const alliance = dataset.alliances[i % dataset.alliances.length]!;
		const id = i % 2 === 0 ? `p${(i * 37) % people}x` : `nobody-${i}`;
		alliance.members.push({ person: id });
	}
	const { value, elapsed } = time(() => validateDataset(dataset));
	const issues = value.ok ? [] : value.issues;
	const suggested = issues.filter((issue) => issue.message.includes('did you mean')).length;
	const unknownIssues = issues.filter((issue) => issue.message.startsWith('unknown person')).length;
	console.log(
		`- validateDataset with ${unknown} unknown ids against ${people} people: ${ms(elapsed)} ` +
			`(${unknownIssues} reported unknown, ${suggested} with a suggestion)`
	);
}

/** Prints the figures; `builtin` is the built-in dataset. `snapshotsOnly`: only `snapshotAt`'s. */
export function benchScale(builtin: Dataset, snapshotsOnly = false) {
	console.log('\n## Big and hostile data');
	snapshotCost('built-in', builtin);
	snapshotCost('synthetic', syntheticDataset(2000));
	snapshotCost('synthetic', syntheticDataset(10_000));
	if (snapshotsOnly) return;
	validationCost(10_000);
	validationCost(100_000);
	suggestionCost(20_000, 500);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const builtin = readDataset();
	if (!builtin.ok) throw new Error('the built-in dataset is not valid');
	benchScale(builtin.dataset, process.argv.includes('--snapshots'));
}
