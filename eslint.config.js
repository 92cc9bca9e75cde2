import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The files that may import cytoscape: the graph adapter, and the test that loads our Cytoscape
 * JSON export into cytoscape itself.
 */
const graphOnly = ['src/lib/graph/**', 'src/lib/export/cyjs.test.ts'];

const cytoscapeFence = {
	regex: '^cytoscape(-.*)?(/.*)?$',
	message: 'Only src/lib/graph/ imports cytoscape: draw through the graph adapter.'
};

const dynamicCytoscapeFence = [
	{
		selector: 'ImportExpression[source.value=/^cytoscape/]',
		message: 'Only src/lib/graph/ imports cytoscape: draw through the graph adapter.'
	}
];

/**
 * An import of one of the app's folders, by `$lib/…` or by a relative path of any depth
 * (`./x`, `../x`, `../../../x`, `../../lib/x`).
 */
function layerFence(folders, message, { relativeOnly = false } = {}) {
	const from = relativeOnly ? '' : '\\$lib|';
	return {
		regex: `^(${from}\\.{1,2}(/\\.\\.)*(/lib)?)/(${folders.join('|')})(/|$)`,
		message
	};
}

/** A folder's files import none of `folders`, and no cytoscape (they are outside graph/). */
function folderFence(files, folders, message) {
	return {
		files,
		ignores: graphOnly,
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [cytoscapeFence, layerFence(folders, message)] }
			]
		}
	};
}

/** The model is pure TypeScript: nothing of the app, no svelte, no cytoscape, no DOM. */
function modelFences(alsoFenced) {
	return [
		cytoscapeFence,
		{
			regex: '^(svelte|\\$app|\\$env|\\$service-worker)(/|$)',
			message: 'src/lib/model/ is pure TypeScript: no svelte and no SvelteKit.'
		},
		{
			regex: '^\\$lib/(?!model(/|$))',
			message: 'src/lib/model/ imports nothing of the app outside the model.'
		},
		layerFence(
			[
				'graph',
				'state',
				'components',
				'export',
				'storage',
				'data',
				'server',
				'routes',
				...alsoFenced
			],
			'src/lib/model/ imports nothing of the app outside the model.',
			{ relativeOnly: true }
		),
		{ group: ['**/*.svelte'], message: 'src/lib/model/ imports no components and no runes.' }
	];
}

/** Browser objects the model must not reach for: it runs the same in Node and in a worker. */
const domGlobals = [
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'DOMParser',
	'XMLSerializer',
	'fetch',
	'requestAnimationFrame'
].map((name) => ({ name, message: 'src/lib/model/ is DOM-free: pass what it needs in.' }));

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'test-results/', 'playwright-report/', 'node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The layers' fences. Each block names every fence of its folder, because a later block's
	// `no-restricted-imports` replaces an earlier one's for the files both match.
	{
		files: ['**/*.{js,ts,svelte}'],
		ignores: graphOnly,
		rules: {
			'no-restricted-imports': ['error', { patterns: [cytoscapeFence] }],
			'no-restricted-syntax': ['error', ...dynamicCytoscapeFence]
		}
	},
	{
		files: ['src/lib/model/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: modelFences(['cli']) }],
			'no-restricted-globals': ['error', ...domGlobals]
		}
	},
	{
		// Tests beside the model read the real dataset files with the command line's loader.
		files: ['src/lib/model/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: modelFences([]) }] }
	},
	folderFence(
		['src/lib/export/**/*.ts'],
		['components', 'state'],
		'export/ writes files from the model and the graph: it does not import components or state.'
	),
	folderFence(
		['src/lib/components/**/*.{ts,svelte}'],
		['storage'],
		'Components render and dispatch: they reach storage through the state in src/lib/state/.'
	)
);
