import type { ParamMatcher } from '@sveltejs/kit';

/** A month's own page: `/1926-10`. */
export const match: ParamMatcher = (param) => /^\d{4}-(0[1-9]|1[0-2])$/.test(param);
