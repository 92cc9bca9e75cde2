import type { Dataset } from './schema';
import type { DatasetIssue } from './validate';

/** WCAG 2 minimum contrast: graphics and large text (1.4.11), and body text (1.4.3). */
export const MIN_CONTRAST = { graphics: 3, text: 4.5 } as const;

const PAPER = '#ffffff';

/** The relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(colour: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(colour.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/**
 * The dataset's colours that would be hard to see on the white page: a faction's or an
 * alliance's colour is drawn as lines, rings and swatches, so each needs 3:1 against white.
 * Doubts, not errors: the dataset still opens.
 */
export function colourWarnings(data: Dataset): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	const check = (path: string, what: string, colour: string) => {
		const ratio = contrastRatio(colour, PAPER);
		if (ratio < MIN_CONTRAST.graphics)
			issues.push({
				path,
				message: `${what}'s colour ${colour} is hard to see on white (contrast ${ratio.toFixed(2)}:1, at least ${MIN_CONTRAST.graphics}:1 is needed): a darker shade would read better`
			});
	};
	data.factions.forEach((f, i) =>
		check(`factions[${i}].colour`, `the faction “${f.label}”`, f.colour)
	);
	data.alliances.forEach((a, i) =>
		check(`alliances[${i}].colour`, `the alliance “${a.name}”`, a.colour)
	);
	return issues;
}
