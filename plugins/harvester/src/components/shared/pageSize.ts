/** Rows of a list's first page, until the user picks another size. */
export const FIRST_PAGE_SIZE = 25;
