/** What the user has picked in a view: a person, an alliance, or nothing. */
export type Selection = { kind: 'person'; id: string } | { kind: 'alliance'; id: string } | null;
