import { describe, expect, it } from 'vitest';
import { rendererFromParam } from './renderer';

describe('rendererFromParam', () => {
	it.each([
		['webgl', 'webgl'],
		['canvas', 'canvas'],
		[null, undefined],
		['', undefined],
		['WebGL', undefined],
		['svg', undefined]
	])('%s gives %s', (param, renderer) => {
		expect(rendererFromParam(param)).toBe(renderer);
	});
});
