/** Text inputs refuse control characters (tab, line feed and carriage return stay allowed). */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
