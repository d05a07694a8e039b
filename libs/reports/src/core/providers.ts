// The core part of the reports domain: its providers, listed here so the module needs no edit.
export const CORE_PROVIDERS: unknown[] = [];
