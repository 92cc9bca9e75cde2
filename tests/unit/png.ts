const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height a PNG file declares in its IHDR chunk; throws if the bytes do not start
 * with the PNG signature and an IHDR chunk.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b))
		throw new Error('not a PNG file: the signature is missing');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const type = String.fromCharCode(...bytes.slice(12, 16));
	if (type !== 'IHDR') throw new Error(`not a PNG file: the first chunk is ${type}, not IHDR`);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
