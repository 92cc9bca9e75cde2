import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from './links';
import { sourceSchema } from './schema';

describe('safeLinkUrl: only http(s) links from dataset text', () => {
	it.each([
		['https://en.wikipedia.org/wiki/Troika_(1923)', 'https://en.wikipedia.org/wiki/Troika_(1923)'],
		['http://www.archontology.org/', 'http://www.archontology.org/'],
		['HTTPS://Example.org/a b', 'https://example.org/a%20b']
	])('links %j as %j', (url, href) => {
		expect(safeLinkUrl(url)).toBe(href);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'\u0001javascript:alert(1)',
		'vbscript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'file:///etc/passwd',
		'ftp://example.org/',
		'mailto:someone@example.org',
		'blob:https://example.org/1',
		'//example.org/',
		'/relative/path',
		'example.org',
		'https://',
		'',
		undefined
	])('makes no link of %j', (url) => {
		expect(safeLinkUrl(url)).toBeUndefined();
	});
});

describe('the schema refuses source urls that are not http(s)', () => {
	it.each(['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,x', 'ftp://example.org/'])(
		'refuses %j at the url, saying what it expects',
		(url) => {
			const result = sourceSchema.safeParse({ id: 's', title: 'S', url });
			expect(result.success).toBe(false);
			expect(result.error?.issues).toEqual([
				expect.objectContaining({
					path: ['url'],
					message: expect.stringMatching(/http:\/\/ or https:\/\//)
				})
			]);
		}
	);

	it('accepts an https url', () => {
		expect(
			sourceSchema.safeParse({ id: 's', title: 'S', url: 'https://example.org/' }).success
		).toBe(true);
	});
});
