import { DOMParser } from '@xmldom/xmldom';

/**
 * Parses XML (SVG, GEXF) with @xmldom/xmldom, as tools outside the app would, and throws on
 * any error or fatal error instead of returning a partial document.
 */
export function parseXml(text: string, mimeType = 'application/xml'): Document {
	const errors: string[] = [];
	const document = new DOMParser({
		errorHandler: {
			warning: () => {},
			error: (message: string) => errors.push(message),
			fatalError: (message: string) => errors.push(message)
		}
	}).parseFromString(text, mimeType);
	if (errors.length) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
	return document as unknown as Document;
}

/**
 * The parser the GEXF importer is given in Node tests (the browser passes its own DOMParser):
 * throws on errors with their line and column, as the browser's parser reports them.
 */
export function parseXmlWithPositions(text: string): { documentElement: unknown } {
	return new DOMParser({
		locator: {},
		errorHandler: (level: string, message: unknown) => {
			if (level !== 'warning') throw new Error(String(message));
		}
	}).parseFromString(text, 'application/xml');
}
