import { render } from 'svelte/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pngSize } from './png';
import ComparePage from '../../src/lib/components/ComparePage.svelte';
import ExplorerPage from '../../src/lib/components/ExplorerPage.svelte';
import { PREVIEW_SIZE } from '../../src/lib/export/link-preview';
import { builtinMonths, builtinPicture } from '../../src/lib/server/builtin-layouts';
import * as comparePage from '../../src/routes/compare/+page.server';
import * as monthPage from '../../src/routes/[month=month]/+page.server';
import * as monthImage from '../../src/routes/previews/[month=month].png/+server';
import * as pairImage from '../../src/routes/previews/[a=month]-against-[b=month].png/+server';

const SITE = 'https://factions.example.org';

// The routes' handlers as SvelteKit calls them, given only the parts they read.
const monthLoad = monthPage.load as unknown as (event: { params: { month: string } }) => {
	picture: ReturnType<typeof builtinPicture>;
};
const pairGet = pairImage.GET as unknown as (event: {
	params: { a: string; b: string };
}) => Promise<Response>;
const monthEntries = monthImage.entries as () => { month: string }[];
const pairEntries = pairImage.entries as () => { a: string; b: string }[];

afterEach(() => vi.unstubAllEnvs());

/** The meta and link tags of `head`, as `name or property: content or href`. */
function tagsOf(head: string): Record<string, string> {
	const tags: Record<string, string> = {};
	for (const [, attributes] of head.matchAll(/<(?:meta|link)\s([^>]*)>/g)) {
		const attribute = (name: string) => attributes!.match(new RegExp(`${name}="([^"]*)"`))?.[1];
		const key = attribute('property') ?? attribute('name') ?? attribute('rel');
		if (key) tags[key] = attribute('content') ?? attribute('href') ?? '';
	}
	return tags;
}

describe('link previews, when the site’s address is given at build time', () => {
	it("a month's page tells its own address and its month's image", async () => {
		vi.stubEnv('FACTIONS_SITE_URL', `${SITE}/`);
		const { picture } = monthLoad({ params: { month: '1926-10' } });
		const { head } = render(ExplorerPage, { props: { picture } });
		expect(head).toContain('<title>Factions — October 1926</title>');
		expect(tagsOf(head)).toMatchObject({
			description: picture.description,
			canonical: `${SITE}/1926-10`,
			'og:title': 'Factions — October 1926',
			'og:url': `${SITE}/1926-10`,
			'og:image': `${SITE}/previews/1926-10.png`,
			'og:image:width': '1200',
			'og:image:height': '630',
			'twitter:card': 'summary_large_image'
		});
		expect(monthEntries()).toEqual(builtinMonths().map((month) => ({ month })));
	});

	it("the compare page tells its address and the image of its pair, drawn at the previews' size", async () => {
		vi.stubEnv('FACTIONS_SITE_URL', SITE);
		const { picture } = comparePage.load();
		const image = `${SITE}/previews/${picture.a}-against-${picture.b}.png`;
		const { head } = render(ComparePage, { props: { picture } });
		expect(tagsOf(head)).toMatchObject({
			description: picture.description,
			canonical: `${SITE}/compare`,
			'og:title': 'Factions — June 1924 against June 1929',
			'og:url': `${SITE}/compare`,
			'og:image': image,
			'og:image:alt':
				'The faction graphs of the Soviet leadership in June 1924 and in June 1929, side by side'
		});
		expect(pairEntries()).toEqual([{ a: picture.a, b: picture.b }]);
		const response = await pairGet({ params: { a: picture.a, b: picture.b } });
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual(PREVIEW_SIZE);
		await expect(pairGet({ params: { a: picture.b, b: picture.a } })).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('link previews, without the site’s address', () => {
	it('the pages have a description and no preview tags, and no image is drawn', async () => {
		vi.stubEnv('FACTIONS_SITE_URL', '');
		const { picture } = monthLoad({ params: { month: '1926-10' } });
		const pair = comparePage.load().picture;
		for (const { head } of [
			render(ExplorerPage, { props: { picture } }),
			render(ComparePage, { props: { picture: pair } })
		]) {
			expect(tagsOf(head).description).toBeTruthy();
			expect(Object.keys(tagsOf(head)).filter((key) => key !== 'description')).toEqual([]);
		}
		expect(monthEntries()).toEqual([]);
		expect(pairEntries()).toEqual([]);
	});
});
