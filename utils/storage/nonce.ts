/** Random enough that two pages clicking in the same millisecond store two clicks. */
export const nonce = (): string => Math.random().toString(36).slice(2, 10);
