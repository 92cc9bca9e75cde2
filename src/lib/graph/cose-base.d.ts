declare module 'cose-base' {
	/** The part of cose-base's exports the layout uses: layout-base's shared random sequence. */
	const coseBase: {
		layoutBase: { RandomSeed: { seed: number; x: number } };
	};
	export default coseBase;
}
