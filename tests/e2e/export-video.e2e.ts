import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './console';
import { chooseAnimation, download, openExport } from './export-dialog';

interface Probe {
	streams: {
		codec_type: string;
		codec_name: string;
		width: number;
		height: number;
		nb_read_frames?: string;
	}[];
	format: { format_name: string; duration: string };
}

/**
 * What ffprobe (Debian's `ffmpeg`, installed by `.ci/run`) reads in a video file, its frames
 * counted. Without ffprobe this throws, and the test fails rather than passing unchecked.
 */
function ffprobe(bytes: Buffer, extension: string): Probe {
	const folder = mkdtempSync(join(tmpdir(), 'factions-video-'));
	try {
		const path = join(folder, `video.${extension}`);
		writeFileSync(path, bytes);
		const json = execFileSync(
			'ffprobe',
			['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', path],
			{ encoding: 'utf8' }
		);
		return JSON.parse(json) as Probe;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

const VIDEO_OPTION = /^Video, (MP4 \(H\.264\)|WebM \(VP9\)|WebM \(VP8\))$/;

for (const { name, refuse } of [
	{ name: 'the first video the browser can encode', refuse: null },
	// Where the browser has no H.264 encoder (Debian's Chromium, Firefox on some systems).
	{ name: 'WebM where H.264 cannot be encoded', refuse: 'avc1' }
]) {
	test(`${name}: a video of 1923 to 1926 by year downloads, and ffprobe reads its codec, size, frames and duration`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		if (refuse)
			await page.addInitScript((prefix) => {
				const supported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
				VideoEncoder.isConfigSupported = async (config) =>
					config.codec.startsWith(prefix) ? { supported: false, config } : supported(config);
			}, refuse);
		const workers: string[] = [];
		page.on('request', (request) => {
			if (/video\.worker/.test(request.url())) workers.push(request.url());
		});
		const dialog = await openExport(page);
		await chooseAnimation(dialog, { start: '1923-01', end: '1926-12', stopAt: 'year' });
		const choice = dialog.getByLabel('File', { exact: true });
		await expect(choice.locator('option', { hasText: VIDEO_OPTION })).toHaveCount(1);
		await choice.selectOption('video');
		const offered = (await choice.locator('option:checked').textContent())!;
		if (refuse) expect(offered).toMatch(/WebM/);
		// The encoder and its muxer are fetched only when a video is made.
		expect(workers).toEqual([]);
		const file = await download(page, () =>
			dialog.getByRole('button', { name: 'Download video of 4 dates' }).click()
		);
		expect(workers).toHaveLength(1);
		const mp4 = offered.includes('MP4');
		expect(file.name).toBe(`factions-1923-01-1926-01-year.${mp4 ? 'mp4' : 'webm'}`);
		const status = dialog.getByRole('status');
		await expect(status).toHaveText(
			/^Downloaded factions-1923-01-1926-01-year\.(mp4|webm): \d+ frames, \d+\.\d s, \d+ KB\.$/
		);
		const [, frames, seconds] = /: (\d+) frames, (\d+\.\d) s/.exec((await status.textContent())!)!;

		const probe = ffprobe(file.bytes, mp4 ? 'mp4' : 'webm');
		expect(probe.streams).toHaveLength(1);
		const stream = probe.streams[0]!;
		expect(stream.codec_type).toBe('video');
		expect(stream.codec_name).toBe(mp4 ? 'h264' : offered.includes('VP9') ? 'vp9' : 'vp8');
		expect([stream.width, stream.height]).toEqual([1280, 720]);
		expect(probe.format.format_name).toContain(mp4 ? 'mp4' : 'webm');
		// Every frame drawn is in the file: each year held a second, and the glides between.
		expect(Number(frames)).toBeGreaterThan(4);
		expect(Number(stream.nb_read_frames)).toBe(Number(frames));
		expect(Number(seconds)).toBeGreaterThan(4);
		expect(Math.abs(Number(probe.format.duration) - Number(seconds))).toBeLessThan(0.25);
	});
}

test('a video shows its progress, and Cancel downloads nothing', async ({ page }) => {
	const dialog = await openExport(page);
	await dialog.getByRole('button', { name: 'Animated GIF or video…' }).click();
	await dialog.getByLabel('Size', { exact: true }).selectOption('1');
	const choice = dialog.getByLabel('File', { exact: true });
	await expect(choice.locator('option', { hasText: VIDEO_OPTION })).toHaveCount(1);
	await choice.selectOption('video');
	let downloads = 0;
	page.on('download', () => downloads++);
	await dialog.getByRole('button', { name: /Download video of \d+ dates/ }).click();
	const progress = dialog.getByRole('progressbar', { name: 'Video progress' });
	await expect(progress).toBeVisible();
	await expect(dialog.getByText(/^[1-9]\d* of \d+ frames$/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Export cancelled: nothing was downloaded.');
	await expect(progress).toBeHidden();
	expect(downloads).toBe(0);
});

test('a browser that can encode no video is told so, and offered the GIF only', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'VideoEncoder', { value: undefined });
	});
	const dialog = await openExport(page);
	await dialog.getByRole('button', { name: 'Animated GIF or video…' }).click();
	await expect(dialog.getByText(/This browser cannot encode a video/)).toBeVisible();
	const choice = dialog.getByLabel('File', { exact: true });
	await expect(choice.locator('option')).toHaveText(['Animated GIF']);
	await expect(dialog.getByRole('button', { name: /Download GIF of \d+ dates/ })).toBeVisible();
});
