import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a command writes: one line at a time, without its line break. */
export interface CliIo {
	stdout(line: string): void;
	stderr(line: string): void;
}

/** The terminal's output and error streams. */
export const terminalIo: CliIo = {
	stdout: (line) => console.log(line),
	stderr: (line) => console.error(line)
};

/** A refusal of the command line as given: exit code 2, one line on the error stream. */
export class UsageError extends Error {}

/**
 * Runs `main` with the command line's arguments and exits with its code, when the module at
 * `moduleUrl` is the script Node was asked to run (`tsx src/cli/export.ts ...`), and does nothing
 * when it is imported (by the tests, which call `main` themselves).
 */
export async function runIfScript(
	moduleUrl: string,
	main: (args: string[], io: CliIo) => Promise<number> | number
): Promise<void> {
	if (!isScript(moduleUrl)) return;
	process.exitCode = await main(process.argv.slice(2), terminalIo);
}

function isScript(moduleUrl: string): boolean {
	const script = process.argv[1];
	if (!script) return false;
	try {
		return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
	} catch {
		return false;
	}
}
