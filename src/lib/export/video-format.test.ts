import { describe, expect, it } from 'vitest';
import { firstEncodableVideo, type VideoProbe } from './video-format';

const probeOf =
	(encodable: string[]): VideoProbe =>
	async (codec) =>
		encodable.some((prefix) => codec.startsWith(prefix));

describe('firstEncodableVideo', () => {
	it.each([
		{ encodable: ['avc1', 'vp09', 'vp8'], container: 'mp4', codec: 'avc' },
		{ encodable: ['avc1'], container: 'mp4', codec: 'avc' },
		{ encodable: ['vp09', 'vp8'], container: 'webm', codec: 'vp9' },
		{ encodable: ['vp8'], container: 'webm', codec: 'vp8' }
	])('chooses $container with $codec when $encodable can be encoded', async (row) => {
		const format = await firstEncodableVideo(probeOf(row.encodable), 1280, 720);
		expect(format).toMatchObject({ container: row.container, codec: row.codec });
	});

	it('gives null when the browser can encode none', async () => {
		expect(await firstEncodableVideo(probeOf([]), 1280, 720)).toBeNull();
	});

	it('takes a probe that throws as a no, and asks about the size', async () => {
		const asked: string[] = [];
		const format = await firstEncodableVideo(
			async (codec, width, height) => {
				asked.push(`${codec} ${width}×${height}`);
				if (codec.startsWith('avc1')) throw new TypeError('unknown codec');
				return codec === 'vp8';
			},
			1920,
			1080
		);
		expect(format?.codec).toBe('vp8');
		expect(asked).toEqual(['avc1.640028 1920×1080', 'vp09.00.40.08 1920×1080', 'vp8 1920×1080']);
	});
});
