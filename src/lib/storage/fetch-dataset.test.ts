import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, createGzip } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from './fetch-dataset';

const page = new URL('http://127.0.0.1/');
const MB = 1024 * 1024;

/** A fetch that never answers, as a host that accepts the connection and says nothing. */
const silentFetch: typeof fetch = (_url, init) =>
	new Promise((_resolve, reject) =>
		init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
	);

/** A fetch answering with a body that sends one byte every `everyMs`, for ever. */
const tricklingFetch =
	(everyMs: number): typeof fetch =>
	async (_url, init) => {
		let timer: ReturnType<typeof setInterval>;
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				timer = setInterval(() => controller.enqueue(new Uint8Array([32])), everyMs);
				init?.signal?.addEventListener('abort', () => {
					clearInterval(timer);
					controller.error(new DOMException('aborted', 'AbortError'));
				});
			},
			cancel: () => clearInterval(timer)
		});
		return new Response(body, { status: 200 });
	};

describe('fetching a dataset from a host that misbehaves', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('gives up on a host that never answers, saying so', async () => {
		vi.useFakeTimers();
		const outcome = fetchDataset(new URL('https://example.org/d.json'), {
			page,
			fetch: silentFetch
		});
		await vi.advanceTimersByTimeAsync(15_000);
		expect(await outcome).toEqual({
			ok: false,
			reason: 'failed',
			message: expect.stringMatching(/sent nothing for 15 seconds/)
		});
	});

	it('gives up on a host that trickles bytes, at the deadline', async () => {
		vi.useFakeTimers();
		const outcome = fetchDataset(new URL('https://example.org/d.json'), {
			page,
			fetch: tricklingFetch(1_000)
		});
		await vi.advanceTimersByTimeAsync(119_000);
		let settled = false;
		void outcome.then(() => (settled = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(await outcome).toMatchObject({
			ok: false,
			message: expect.stringMatching(/did not arrive within 120 seconds/)
		});
	});

	it('stops at once when the user cancels', async () => {
		const cancel = new AbortController();
		const outcome = fetchDataset(new URL('https://example.org/d.json'), {
			page,
			fetch: silentFetch,
			signal: cancel.signal
		});
		cancel.abort();
		expect(await outcome).toMatchObject({ ok: false, reason: 'cancelled' });
	});

	it('refuses a body past the limit without a Content-Length, having read only that much', async () => {
		let produced = 0;
		const endless: typeof fetch = async () =>
			new Response(
				new ReadableStream<Uint8Array>({
					pull(controller) {
						produced += MB;
						controller.enqueue(new Uint8Array(MB));
					}
				})
			);
		const outcome = await fetchDataset(new URL('https://example.org/d.json'), {
			page,
			fetch: endless,
			maxBytes: 5 * MB
		});
		expect(outcome).toMatchObject({ ok: false, message: /larger than 5\.0 MB/ });
		expect(produced).toBeLessThan(8 * MB);
	});

	it('refuses a declared size past the limit before reading it', async () => {
		const declared: typeof fetch = async () =>
			new Response('{}', { headers: { 'content-length': String(60 * MB) } });
		expect(
			await fetchDataset(new URL('https://example.org/d.json'), { page, fetch: declared })
		).toMatchObject({ ok: false, message: /60\.0 MB, more than the 50\.0 MB/ });
	});

	it('reads a file whole and reports its progress', async () => {
		const progress: number[] = [];
		const outcome = await fetchDataset(new URL('https://example.org/d.json'), {
			page,
			fetch: async () => new Response('{"meta":{}}'),
			onprogress: (received) => progress.push(received)
		});
		expect(outcome.ok && new TextDecoder().decode(outcome.bytes)).toBe('{"meta":{}}');
		expect(progress.at(-1)).toBe(11);
	});
});

describe('a compressed body that unpacks past the limit (a gzip bomb) from a real server', () => {
	let server: Server;
	let sent = 0;
	beforeAll(async () => {
		server = createServer((_request, response) => {
			response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
			const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
			gzip.pipe(response);
			const zeros = Buffer.alloc(MB);
			// 200 MB of zeros unpacked, about 200 KB on the wire; stops when the client goes away.
			const write = () => {
				while (sent < 200 && !response.destroyed) {
					sent++;
					if (!gzip.write(zeros)) return void gzip.once('drain', write);
				}
				gzip.end();
			};
			response.on('close', () => gzip.destroy());
			write();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('is refused on the bytes received after decompression', async () => {
		const { port } = server.address() as AddressInfo;
		const outcome = await fetchDataset(new URL(`http://127.0.0.1:${port}/bomb.json`), {
			page,
			maxBytes: 5 * MB
		});
		expect(outcome).toMatchObject({ ok: false, message: /larger than 5\.0 MB/ });
		expect(sent).toBeLessThan(200);
	});
});
