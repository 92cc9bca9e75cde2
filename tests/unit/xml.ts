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
