import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../tests/unit/png';
import { PREVIEW_SIZE } from '$lib/export/link-preview';
import { monthPreview, previewPng, siteAddress } from './previews';

describe('link previews', () => {
	it('are made only when the site’s address is given, and only for http(s)', () => {
		expect(siteAddress({})).toBe(null);
		expect(siteAddress({ FACTIONS_SITE_URL: ' ' })).toBe(null);
		expect(siteAddress({ FACTIONS_SITE_URL: 'https://factions.example.org/' })).toBe(
			'https://factions.example.org'
		);
		expect(siteAddress({ FACTIONS_SITE_URL: 'https://example.org/factions/' })).toBe(
			'https://example.org/factions'
		);
		expect(() => siteAddress({ FACTIONS_SITE_URL: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
	});

	it("give a month's page and image as absolute addresses", () => {
		expect(monthPreview('https://factions.example.org', '1926-10', 'October 1926')).toEqual({
			url: 'https://factions.example.org/1926-10',
			image: 'https://factions.example.org/previews/1926-10.png',
			imageAlt: 'The faction graph of the Soviet leadership in October 1926'
		});
	});

	it('draw the month as a PNG of the size previews use', async () => {
		const png = await previewPng('1926-10');
		expect(pngSize(png)).toEqual(PREVIEW_SIZE);
	});
});
