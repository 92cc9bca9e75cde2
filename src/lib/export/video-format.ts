/**
 * Which video the browser can make: MP4 with H.264 where its WebCodecs encoder has H.264, and
 * otherwise WebM with VP9, then VP8. Pure: whether a codec can be encoded is asked of `probe`
 * (in the browser, `VideoEncoder.isConfigSupported`).
 */

/** A video file the app writes: its container, codec and how it is named and typed. */
export interface VideoFormat {
	container: 'mp4' | 'webm';
	/** The codec as mediabunny names it. */
	codec: 'avc' | 'vp9' | 'vp8';
	/** The WebCodecs codec string asked about: H.264 High profile level 4.0 covers 1920 × 1080. */
	codecString: string;
	label: string;
	mimeType: string;
}

/** The formats in the order they are preferred: MP4 plays everywhere, slides included. */
export const VIDEO_FORMATS: readonly VideoFormat[] = [
	{
		container: 'mp4',
		codec: 'avc',
		codecString: 'avc1.640028',
		label: 'MP4 (H.264)',
		mimeType: 'video/mp4'
	},
	{
		container: 'webm',
		codec: 'vp9',
		codecString: 'vp09.00.40.08',
		label: 'WebM (VP9)',
		mimeType: 'video/webm'
	},
	{
		container: 'webm',
		codec: 'vp8',
		codecString: 'vp8',
		label: 'WebM (VP8)',
		mimeType: 'video/webm'
	}
];

/** Whether a codec string can be encoded at a size. */
export type VideoProbe = (codecString: string, width: number, height: number) => Promise<boolean>;

/**
 * The first of `VIDEO_FORMATS` that `probe` says can be encoded at `width` × `height`, or `null`
 * when none can (the dialog then offers no video). A probe that throws counts as a no.
 */
export async function firstEncodableVideo(
	probe: VideoProbe,
	width: number,
	height: number
): Promise<VideoFormat | null> {
	for (const format of VIDEO_FORMATS) {
		const encodable = await probe(format.codecString, width, height).catch(() => false);
		if (encodable) return format;
	}
	return null;
}
