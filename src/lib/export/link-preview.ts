// Kept apart from the pictures' writers: the pages' first scripts read it.

/** The size link previews are drawn at (the size Open Graph and X recommend). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a page tells link previews: its own address and its image's (absolute). */
export interface LinkPreview {
	url: string;
	image: string;
	imageAlt: string;
}
