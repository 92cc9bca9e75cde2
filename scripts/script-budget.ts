/**
 * The script budget: the JavaScript a page loads before its first paint (its module scripts and
 * their preloads), gzipped, summed per page and checked against a limit. Whatever else the app
 * needs (cytoscape, zod, the dataset with its sources, importers, exporters) must load after it
 * or on demand. Run at the end of every build: the build fails past the limit and prints what
 * each chunk holds, so the culprit is named.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The limit for any page, in gzipped bytes. */
export const SCRIPT_BUDGET_BYTES = 60 * 1024;

/** What one chunk holds: its largest modules, by size in the chunk. */
export type ChunkContents = Record<string, { module: string; bytes: number }[]>;

export interface PageScripts {
	page: string;
	chunks: { file: string; gzip: number }[];
	gzip: number;
}

/**
 * The scripts a built HTML page loads before anything else: its `modulepreload` links and the
 * modules its start-up script imports, as paths relative to the page.
 */
export function initialScripts(html: string): string[] {
	const files = new Set<string>();
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = match[0];
		if (!/\brel="modulepreload"/.test(tag)) continue;
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href) files.add(href);
	}
	for (const match of html.matchAll(/\bimport\("([^"]+\.js)"\)/g)) files.add(match[1]!);
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) files.add(match[1]!);
	return [...files];
}

/** The file a script path of a page at `pageFile` points to, in the site's directory `root`. */
function resolveScript(root: string, pageFile: string, href: string): string {
	const path = href.replace(/[?#].*$/, '');
	if (path.startsWith('/')) return join(root, path);
	return join(root, relative(root, join(root, pageFile, '..')), path);
}

function htmlPages(root: string, dir = ''): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = dir ? `${dir}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlPages(root, path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Every HTML page of the built site in `root`, with the gzipped size of its initial scripts. */
export function measurePages(root: string): PageScripts[] {
	const gzipped = new Map<string, number>();
	const sizeOf = (file: string) => {
		let size = gzipped.get(file);
		if (size === undefined) {
			size = gzipSync(readFileSync(file), { level: 9 }).length;
			gzipped.set(file, size);
		}
		return size;
	};
	return htmlPages(root).map((page) => {
		const chunks = initialScripts(readFileSync(join(root, page), 'utf8')).map((href) => {
			const file = resolveScript(root, page, href);
			return { file: relative(root, file), gzip: sizeOf(file) };
		});
		return { page, chunks, gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) };
	});
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The report printed after a build: each page's initial scripts against the budget, then the
 * chunks they load with what each holds. `over` lists the pages past the budget.
 */
export function budgetReport(
	pages: readonly PageScripts[],
	contents: ChunkContents,
	budget = SCRIPT_BUDGET_BYTES
): { text: string; over: string[] } {
	const lines = [`Scripts before the first paint, gzipped (budget ${kb(budget)} a page):`];
	const over: string[] = [];
	const heaviest = [...pages].sort((a, b) => b.gzip - a.gzip);
	// Pages that load the same scripts are one line: every month page is alike.
	const seen = new Map<string, string[]>();
	for (const page of heaviest) {
		const key = page.chunks.map((c) => c.file).join(' ');
		seen.set(key, [...(seen.get(key) ?? []), page.page]);
		if (page.gzip > budget) over.push(page.page);
	}
	for (const [, names] of seen) {
		const page = pages.find((p) => p.page === names[0])!;
		const also = names.length > 1 ? ` (and ${names.length - 1} more alike)` : '';
		const mark = page.gzip > budget ? '  OVER BUDGET' : '';
		lines.push(`  ${page.page}${also}: ${kb(page.gzip)}${mark}`);
	}
	const chunks = new Map(pages.flatMap((p) => p.chunks.map((c) => [c.file, c.gzip] as const)));
	lines.push('Those chunks hold:');
	for (const [file, gzip] of [...chunks].sort((a, b) => b[1] - a[1])) {
		const held = (contents[file] ?? [])
			.slice(0, 4)
			.map((m) => `${m.module} ${kb(m.bytes)}`)
			.join(', ');
		lines.push(`  ${file} ${kb(gzip)}${held ? `: ${held}` : ''}`);
	}
	return { text: lines.join('\n'), over };
}

/** Shortens a module's id to what a reader recognises: the package, or the path in the repo. */
function moduleName(id: string, root: string): string {
	const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
	const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
	if (inPackage) return inPackage[1]!;
	return clean.startsWith(root) ? relative(root, clean) : clean;
}

/**
 * Writes what each client chunk holds while the app is built, and checks the pages the build
 * wrote to `pagesDir` once it has finished.
 */
export function scriptBudget(pagesDir = 'build', budget = SCRIPT_BUDGET_BYTES): Plugin {
	const contentsFile = join('.svelte-kit', 'chunk-contents.json');
	// Whether the client was minified, from the client build to the server build's end: each
	// build has its own instance of this plugin, and the server's is never minified.
	const clientFile = join('.svelte-kit', 'client-build.json');
	let root = process.cwd();
	let minified = true;
	return {
		name: 'factions-script-budget',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			minified = config.build.minify !== false;
		},
		generateBundle(_options, bundle) {
			if (this.environment?.name !== 'client') return;
			const contents: ChunkContents = {};
			for (const [file, output] of Object.entries(bundle)) {
				if (output.type !== 'chunk') continue;
				const byName = new Map<string, number>();
				for (const [id, info] of Object.entries(output.modules)) {
					const name = moduleName(id, root);
					byName.set(name, (byName.get(name) ?? 0) + info.renderedLength);
				}
				contents[`_app/immutable/${file.replace(/^_app\/immutable\//, '')}`] = [...byName]
					.map(([module, bytes]) => ({ module, bytes }))
					.sort((a, b) => b.bytes - a.bytes);
			}
			writeFileSync(join(root, contentsFile), JSON.stringify(contents));
			writeFileSync(join(root, clientFile), JSON.stringify({ minified }));
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				// The server build ends last, once the site's pages are written.
				if (this.environment?.name === 'client') return;
				const client = JSON.parse(readFileSync(join(root, clientFile), 'utf8')) as {
					minified: boolean;
				};
				// An unminified build (for profiling, `vite build --minify false`) is not shipped.
				if (!client.minified) return;
				const pages = join(root, pagesDir);
				if (!existsSync(pages))
					this.error(`The script budget cannot be checked: no site was written to ${pagesDir}.`);
				const contents = JSON.parse(
					readFileSync(join(root, contentsFile), 'utf8')
				) as ChunkContents;
				const measured = measurePages(pages);
				if (measured.length === 0)
					this.error(`The script budget cannot be checked: ${pagesDir} has no HTML page.`);
				const report = budgetReport(measured, contents, budget);
				console.log(`\n${report.text}\n`);
				if (report.over.length)
					this.error(
						`The script budget of ${kb(budget)} is exceeded on ${report.over.join(', ')}: load what these pages need later, or on demand.`
					);
			}
		}
	};
}
