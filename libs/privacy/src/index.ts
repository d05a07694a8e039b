// @cop/privacy (issue 26): being built.
export {};
