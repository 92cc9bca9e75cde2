import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zipFiles', () => {
	it('holds every file, text and bytes, as fflate unzips them', () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
		const files = unzipSync(
			zipFiles([
				{ name: 'a.svg', data: '<svg>é</svg>' },
				{ name: 'b.png', data: bytes }
			])
		);
		expect(Object.keys(files)).toEqual(['a.svg', 'b.png']);
		expect(strFromU8(files['a.svg']!)).toBe('<svg>é</svg>');
		expect([...files['b.png']!]).toEqual([...bytes]);
	});

	it('refuses two files of one name rather than losing one', () => {
		expect(() =>
			zipFiles([
				{ name: 'a', data: 'x' },
				{ name: 'a', data: 'y' }
			])
		).toThrow(/two files named a/);
	});
});
