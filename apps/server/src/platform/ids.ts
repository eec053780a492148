const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and cursors: anything that is not a uuid cannot exist (and must not reach a uuid cast). */
export const isUuid = (value: string): boolean => UUID.test(value);
