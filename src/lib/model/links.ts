/**
 * Links from dataset text. A dataset may come from anyone (a file, a `?data=` link), so a URL in
 * it becomes a link only if it is a web address: `javascript:`, `vbscript:`, `data:`, `file:`
 * and every other scheme would run code, show forged content or reach local files.
 */

const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The address to link to for a URL from dataset text, or `undefined` when it must not be a link:
 * anything but an absolute `http:` or `https:` URL with a host. The URL is parsed as a browser
 * parses it (so `java\tscript:` and leading spaces are seen for what they are) and returned
 * normalised (`HTTPS://Example.org` → `https://example.org/`).
 */
export function safeLinkUrl(url: string | null | undefined): string | undefined {
	if (!url) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!WEB_PROTOCOLS.has(parsed.protocol) || !parsed.hostname) return undefined;
	return parsed.href;
}
