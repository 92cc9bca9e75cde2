import type { AllianceKind } from './schema';

/**
 * What every view and export says of an `alleged` tie: the Moscow trials' "centres" and
 * "blocs" were the prosecution's construction, and the confessions that proved them were
 * extracted under duress.
 */
export const ALLEGED_NOTE =
	"Alleged by the prosecution; the defendants' confessions were extracted under duress.";

/** The name of a kind of tie, capitalised, as a heading or the start of a sentence. */
export const ALLIANCE_KIND_LABEL: Record<AllianceKind, string> = {
	alliance: 'Alliance',
	opposition: 'Opposition bloc',
	alleged: 'Charged at trial (alleged)'
};

/** The name of a kind of tie inside a sentence ("… (opposition bloc): …"). */
export function allianceKindPhrase(kind: AllianceKind): string {
	return kind === 'alleged' ? 'charged at trial, alleged' : ALLIANCE_KIND_LABEL[kind].toLowerCase();
}

/** Whether a tie is something people really formed, not an accusation made at a trial. */
export const isRealTie = (kind: AllianceKind) => kind !== 'alleged';
