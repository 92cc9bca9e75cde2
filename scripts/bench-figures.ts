/** How the benchmark measures and prints its figures. */

/** The value below which a share `q` (0 to 1) of `values` lies; `NaN` for none. */
export function quantile(values: readonly number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export const sizeOf = (data: string | Uint8Array) =>
	typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
