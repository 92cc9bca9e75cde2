/** Reading a CPU profile of the built app (CDP `Profiler`), for the profiling scripts. */
import { readFileSync } from 'node:fs';

/** The value after `--name` on a profiling script's command line, if given. */
export function optionValue(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at < 0 ? undefined : process.argv[at + 1];
}

export interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

export interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

/** The file of a frame's script, without the build's folders. */
export const frameFile = (url: string) =>
	url.replace(/^.*\/(_app\/immutable\/)?/, '') || '(native)';

/** A frame's function, file and line. */
export const frameName = (node: ProfileNode) =>
	`${node.callFrame.functionName || '(anonymous)'} ${frameFile(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

/**
 * The time (ms) each sample stands for: the gap to the next sample, or 0 where `keep` (given the
 * sample's time, in the profile's microseconds) leaves it out.
 */
export function sampleWeights(profile: Profile, keep: (at: number) => boolean = () => true) {
	let at = profile.startTime;
	return profile.samples.map((_, i) => {
		at += profile.timeDeltas[i] ?? 0;
		return keep(at) ? (profile.timeDeltas[i + 1] ?? 0) / 1000 : 0;
	});
}

/** Each node by its id, and the id of its parent. */
export function profileTree(profile: Profile) {
	const parent = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	return { parent, byId };
}

/** Time (ms) summed by `keyOf` of each sample, largest first. */
export function timeBy(
	profile: Profile,
	weights: number[],
	keyOf: (sample: number) => string | undefined
): [string, number][] {
	const totals = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		if (!weights[i]) return;
		const key = keyOf(id);
		if (key !== undefined) totals.set(key, (totals.get(key) ?? 0) + weights[i]!);
	});
	return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Self time summed by the innermost frame that passes `ours` (the app's own code), so that the
 * work done inside a library is put down to the app's call that asked for it.
 */
export function timeByCaller(
	profile: Profile,
	weights: number[],
	ours: (node: ProfileNode) => boolean,
	keyOf: (node: ProfileNode) => string
) {
	const { parent, byId } = profileTree(profile);
	return timeBy(profile, weights, (id) => {
		let at: number | undefined = id;
		while (at !== undefined && !ours(byId.get(at)!)) at = parent.get(at);
		return keyOf(byId.get(at ?? id)!);
	});
}

/** The chunks of libraries (Svelte, SvelteKit, cytoscape), from the build's chunk list. */
export function libraryChunks(): Set<string> {
	const contents = JSON.parse(readFileSync('.svelte-kit/chunk-contents.json', 'utf8')) as Record<
		string,
		{ module: string }[]
	>;
	return new Set(
		Object.entries(contents)
			.filter(([, modules]) => /^(svelte|cytoscape|@sveltejs\/kit)$/.test(modules[0]?.module ?? ''))
			.map(([chunk]) => chunk.replace(/^.*\//, ''))
	);
}

/**
 * Time in Svelte's flush, by the first frame under it outside the libraries' chunks: which of
 * the app's effects and deriveds the time went to (`(runtime)`: the runtime's own).
 */
export function effects(profile: Profile, weights: number[], libraries: Set<string>) {
	const { parent, byId } = profileTree(profile);
	return timeBy(profile, weights, (id) => {
		const chain: ProfileNode[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
			chain.unshift(byId.get(at)!);
		const start = chain.findIndex((n) => n.callFrame.functionName === 'flush');
		if (start < 0) return undefined;
		const first = chain.slice(start).find((n) => !libraries.has(frameFile(n.callFrame.url)));
		return first ? frameName(first) : '(runtime)';
	});
}
