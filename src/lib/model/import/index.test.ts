import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixtureBytes } from '../../../../tests/unit/fixtures';
import { parseXmlWithPositions } from '../../../../tests/unit/xml';
import {
	checkSizes,
	importFiles,
	MAX_FILE_BYTES,
	readFiles,
	type FileLike,
	type XmlParse
} from './index';

const parseXml = parseXmlWithPositions as XmlParse;

/** A file as the browser gives it, from bytes; `read` counts how often its content is read. */
function fileOf(name: string, bytes: Uint8Array, size = bytes.length) {
	const file = {
		name,
		size,
		reads: 0,
		arrayBuffer: async () => {
			file.reads++;
			return bytes.slice().buffer as ArrayBuffer;
		}
	};
	return file;
}
const text = (name: string, content: string) => fileOf(name, new TextEncoder().encode(content));
const fixture = (name: string, as = name) => fileOf(as, readFixtureBytes(`import/${name}`));

async function issuesOf(files: FileLike[]) {
	const result = await importFiles(files, parseXml);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.issues;
}

describe('importFiles', () => {
	it('picks the importer by the file name', async () => {
		const example = readFileSync(
			new URL('../../../../static/examples/cultural-revolution.json', import.meta.url)
		);
		const json = await importFiles([fileOf('cultural-revolution.json', example)], parseXml);
		expect(json.ok && json.dataset.meta.title).toMatch(/Cultural Revolution/);
		const csv = await importFiles([fixture('people.csv'), fixture('alliances.csv')], parseXml);
		expect(csv.ok && csv.dataset.alliances).toHaveLength(2);
		const gexf = await importFiles([fixture('hierarchy-pid.gexf')], parseXml);
		expect(gexf.ok && gexf.dataset.people).toHaveLength(4);
	});

	it('recognises a dataset by its content when the name does not tell', async () => {
		const gexf = await importFiles([fixture('hierarchy-pid.gexf', 'download')], parseXml);
		expect(gexf.ok).toBe(true);
	});

	it('refuses a file over the size limit without reading it', async () => {
		const huge = fileOf('huge.json', new Uint8Array(1), MAX_FILE_BYTES + 1);
		expect(await issuesOf([huge])).toEqual([
			{ path: 'huge.json', message: 'the file is 50.0 MB, more than the 50.0 MB Factions can open' }
		]);
		expect(huge.reads).toBe(0);
	});

	it.each<[string, FileLike[], RegExp]>([
		['an empty file', [text('people.csv', '')], /the file is empty/],
		[
			'an image',
			[fileOf('photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]))],
			/this is a PNG image, not a dataset/
		],
		[
			'an Excel workbook',
			[fileOf('people.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))],
			/ZIP archive \(or an Excel/
		],
		[
			'binary data',
			[fixture('binary-with-nul.json')],
			/binary data, not text \(a zero byte at offset 10\)/
		],
		[
			'bytes that are not UTF-8',
			[fixture('latin1-bytes.csv')],
			/not UTF-8 text: save the file as UTF-8/
		],
		[
			'a wrong type',
			[text('notes.docx', 'hello')],
			/a \.docx file is not a dataset\. Factions opens a dataset as \.json/
		],
		[
			'mixed formats',
			[fixture('people.csv'), fixture('hierarchy-pid.gexf')],
			/mix formats \(csv, gexf\)/
		],
		[
			'two GEXF files',
			[fixture('hierarchy-pid.gexf'), fixture('dynamic-attribute.gexf')],
			/one GEXF file at a time/
		],
		['no file', [], /no file was given/]
	])('refuses %s with a clear message', async (_, files, message) => {
		const issues = await issuesOf(files);
		expect(issues[0]!.message).toMatch(message);
	});

	it('lists the problems of every file at once', async () => {
		const issues = await issuesOf([text('a.json', ''), fixture('binary-with-nul.json')]);
		expect(issues.map((i) => i.path)).toEqual(['a.json', 'binary-with-nul.json']);
	});

	it('never rejects, even when reading fails', async () => {
		const broken: FileLike = {
			name: 'gone.json',
			size: 10,
			arrayBuffer: () => Promise.reject(new Error('the file was moved'))
		};
		expect(await issuesOf([broken])).toEqual([
			{ path: 'gone.json', message: 'the files could not be read: the file was moved' }
		]);
	});
});

describe('checkSizes', () => {
	it('refuses every file over the limit before any is read, and nothing else', () => {
		const big = fileOf('big.json', new Uint8Array(1), MAX_FILE_BYTES + 1);
		const empty = text('empty.json', '');
		const refused = checkSizes([big, empty, text('ok.json', '{}')]);
		expect(refused?.issues.map((i) => i.path)).toEqual(['big.json']);
		expect(big.reads).toBe(0);
		expect(checkSizes([empty])).toBeNull();
	});
});

describe('readFiles', () => {
	it('gives each file’s decoded text and format, for the import to finish elsewhere', async () => {
		const read = await readFiles([text('people.csv', 'id,name\nx,X\n')]);
		expect(read).toEqual({
			ok: true,
			files: ['people.csv'],
			texts: [{ name: 'people.csv', text: 'id,name\nx,X\n', format: 'csv' }]
		});
	});
});
