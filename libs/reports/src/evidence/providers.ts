// The evidence part of the reports domain: its providers, listed here so the module needs no edit.
export const EVIDENCE_PROVIDERS: unknown[] = [];
