/** Text inputs refuse control characters (tab, line feed and carriage return stay allowed). */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a caller can be a row's uuid (anything else is found nowhere, without a query). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** A value matched literally by SQL LIKE … ESCAPE '\\' (its %, _ and \\ escaped). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
