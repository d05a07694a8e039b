// @cop/expertise (issue 26): being built.
export {};
