import type { CliIo } from '../../src/cli/io';

/** What a command printed and the code it returned, run in this process as a terminal would. */
export async function runCli(
	main: (args: string[], io: CliIo) => Promise<number> | number,
	...args: string[]
): Promise<{ status: number; stdout: string; stderr: string }> {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const status = await main(args, {
		stdout: (line) => stdout.push(`${line}\n`),
		stderr: (line) => stderr.push(`${line}\n`)
	});
	return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}
