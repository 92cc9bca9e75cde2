import { isoDateSchema } from '../schema';

/** Colours given to factions and alliances that a CSV or GEXF file does not colour itself. */
export const PALETTE = [
	'#c0392b',
	'#2471a3',
	'#7d3c98',
	'#1e8449',
	'#b9770e',
	'#148f77',
	'#a04000',
	'#5d6d7e',
	'#cb4335',
	'#2e86c1'
] as const;

/** `"Gang of Four"` → `gang-of-four`: an id made of a label; empty if nothing is left. */
export function idFromLabel(label: string): string {
	return label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Whether `text` is a date of our format (`YYYY-MM` or `YYYY-MM-DD`). */
export function isIsoDate(text: string): boolean {
	return isoDateSchema.safeParse(text).success;
}
