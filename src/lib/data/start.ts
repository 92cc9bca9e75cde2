/** The month the explorer opens at on the built-in data when the address names none. */
export const BUILTIN_START_MONTH = '1924-06';
