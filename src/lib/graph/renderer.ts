/**
 * How cytoscape draws the graph: on a 2D canvas, or with WebGL (cytoscape 3.34's renderer,
 * which draws nodes and edges as textures and batches on the GPU).
 */
export const GRAPH_RENDERERS = ['canvas', 'webgl'] as const;
export type GraphRenderer = (typeof GRAPH_RENDERERS)[number];

/** What the explorer draws with: see the README's figures for the two renderers side by side. */
export const DEFAULT_RENDERER: GraphRenderer = 'canvas';

/**
 * The renderer an address asks for (`?renderer=webgl`), for the benchmark and the browser
 * tests that compare the two; `undefined` for none or an unknown name.
 */
export function rendererFromParam(param: string | null): GraphRenderer | undefined {
	return GRAPH_RENDERERS.find((renderer) => renderer === param);
}
