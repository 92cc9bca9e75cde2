/** What a command accepts: flags that take values (how many, and what to call them), and switches. */
export interface FlagSpec {
	/** Flags followed by values, such as `--at DATE`: how many values, and what they are (`a date`). */
	values: Record<string, { count: number; what: string }>;
	/** Flags that stand alone, such as `--text`. */
	switches: readonly string[];
}

export type ParsedFlags =
	| { ok: true; values: Map<string, string[]>; switches: Set<string> }
	| { ok: false; message: string };

/**
 * The flags of a command line, as the command's `FlagSpec` allows them. A value may not start
 * with `--` (that is the next flag, and the value is missing); a flag given twice keeps its last
 * values. The message of a refusal names the flag, without the usage line.
 */
export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags {
	const values = new Map<string, string[]>();
	const switches = new Set<string>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const takes = Object.hasOwn(spec.values, arg) ? spec.values[arg] : undefined;
		if (spec.switches.includes(arg)) switches.add(arg);
		else if (takes) {
			const given = args.slice(i + 1, i + 1 + takes.count);
			if (given.length < takes.count || given.some((value) => value.startsWith('--')))
				return { ok: false, message: `${arg} needs ${takes.what}` };
			values.set(arg, given);
			i += takes.count;
		} else return { ok: false, message: `unknown argument "${arg}"` };
	}
	return { ok: true, values, switches };
}
