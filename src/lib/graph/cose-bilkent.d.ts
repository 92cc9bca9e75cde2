declare module 'cytoscape-cose-bilkent' {
	const register: import('cytoscape').Ext;
	export default register;
}
