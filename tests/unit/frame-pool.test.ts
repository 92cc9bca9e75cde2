import { describe, expect, it } from 'vitest';
import { drawnFrames } from '../../src/cli/frame-pool';

/** Frame `i`: white, with one red pixel at (i, 0). */
const frame = (i: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="4"><rect width="16" height="4" fill="#fff"/>` +
	`<rect x="${i}" y="0" width="1" height="1" fill="#f00"/></svg>`;

describe('drawnFrames', () => {
	it('gives every frame back in order, whatever thread drew it', async () => {
		const reds: number[] = [];
		for await (const rgba of drawnFrames(12, frame, 16, 4)) {
			expect(rgba).toHaveLength(16 * 4 * 4);
			reds.push([...Array(16).keys()].find((x) => rgba[x * 4 + 1] === 0)!);
		}
		expect(reds).toEqual([...Array(12).keys()]);
	});

	it('fails with what went wrong: an SVG of another size than asked', async () => {
		const frames = drawnFrames(3, () => frame(0).replace('width="16"', 'width="8"'), 16, 4);
		await expect(frames.next()).rejects.toThrow('resvg drew 16×8 pixels instead of 16×4');
	});
});
