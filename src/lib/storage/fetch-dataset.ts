import { formatBytes, MAX_FILE_BYTES } from '../model/import/detect';

/** What fetching a dataset from an address gave: its bytes, or why there are none. */
export type FetchOutcome =
	{ ok: true; bytes: ArrayBuffer } | { ok: false; reason: 'cancelled' | 'failed'; message: string };

export interface FetchDatasetOptions {
	/** The page's own address, to tell a same-site failure from a refused cross-site one. */
	page: URL;
	/** Aborts the request from outside: the user pressed Cancel. */
	signal?: AbortSignal;
	/** Give up when no byte has arrived for this long. */
	stallMs?: number;
	/** Give up when the whole file has not arrived in this long, however steadily it trickles. */
	deadlineMs?: number;
	/** Refuse a body larger than this, counted on the bytes received (after decompression). */
	maxBytes?: number;
	/** Told of the bytes received so far, to show progress. */
	onprogress?: (received: number, declared: number | null) => void;
	fetch?: typeof fetch;
}

export const DEFAULT_STALL_MS = 15_000;
export const DEFAULT_DEADLINE_MS = 120_000;

/**
 * Fetches a dataset file, reading it as a stream so that neither a host that never answers,
 * nor one that trickles bytes, nor a body larger than the limit (declared or not, compressed or
 * not: the browser decompresses before we count) can hold the page: the request ends as soon
 * as the limit is passed or nothing has arrived for `stallMs`, and the user can cancel it.
 */
export async function fetchDataset(url: URL, options: FetchDatasetOptions): Promise<FetchOutcome> {
	const { page, signal, maxBytes = MAX_FILE_BYTES } = options;
	const { stallMs = DEFAULT_STALL_MS, deadlineMs = DEFAULT_DEADLINE_MS } = options;
	const controller = new AbortController();
	let timedOut: string | null = null;
	const giveUp = (why: string) => () => {
		timedOut = why;
		controller.abort();
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const rearm = () => {
		clearTimeout(timer);
		timer = setTimeout(
			giveUp(
				`the server sent nothing for ${Math.round(stallMs / 1000)} seconds: it may be down or too slow`
			),
			stallMs
		);
	};
	const deadline = setTimeout(
		giveUp(
			`the file did not arrive within ${Math.round(deadlineMs / 1000)} seconds: the server is too slow`
		),
		deadlineMs
	);
	const cancel = () => controller.abort();
	signal?.addEventListener('abort', cancel);
	const failed = (message: string): FetchOutcome => ({ ok: false, reason: 'failed', message });
	const ended = (): FetchOutcome | null =>
		signal?.aborted
			? { ok: false, reason: 'cancelled', message: 'loading was cancelled' }
			: timedOut
				? failed(timedOut)
				: null;
	const tooLarge = (declared?: number) =>
		failed(
			declared === undefined
				? `the file is larger than ${formatBytes(maxBytes)}, the most Factions can open`
				: `the file is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} Factions can open`
		);

	try {
		if (signal?.aborted) return ended()!;
		rearm();
		let response: Response;
		try {
			response = await (options.fetch ?? fetch)(url, {
				credentials: 'omit',
				signal: controller.signal
			});
		} catch {
			return (
				ended() ??
				failed(
					url.origin === page.origin
						? 'the request failed: the server could not be reached'
						: `the request was refused: ${url.host} may be down, or it does not allow other sites to read its files (CORS)`
				)
			);
		}
		if (!response.ok)
			return failed(
				response.status === 404
					? 'there is no file at this address (HTTP 404 Not Found): check the address'
					: `the server answered HTTP ${response.status} ${response.statusText}`.trim()
			);
		const header = response.headers.get('content-length');
		const declared = header === null ? null : Number(header);
		if (declared !== null && declared > maxBytes) {
			controller.abort();
			return tooLarge(declared);
		}
		if (!response.body) return failed('the server sent no file');
		const reader = response.body.getReader();
		const chunks: Uint8Array[] = [];
		let received = 0;
		for (;;) {
			rearm();
			let step: ReadableStreamReadResult<Uint8Array>;
			try {
				step = await reader.read();
			} catch {
				return ended() ?? failed('the download was interrupted');
			}
			if (step.done) break;
			received += step.value.byteLength;
			if (received > maxBytes) {
				controller.abort();
				return tooLarge();
			}
			chunks.push(step.value);
			options.onprogress?.(received, declared);
		}
		const bytes = new Uint8Array(received);
		let offset = 0;
		for (const chunk of chunks) {
			bytes.set(chunk, offset);
			offset += chunk.byteLength;
		}
		return { ok: true, bytes: bytes.buffer };
	} finally {
		clearTimeout(timer);
		clearTimeout(deadline);
		signal?.removeEventListener('abort', cancel);
	}
}
