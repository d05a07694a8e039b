// The publishing part of the reports domain: its providers, listed here so the module needs no edit.
export const PUBLISHING_PROVIDERS: unknown[] = [];

/** HTTP controllers (the Markdown and DOCX exports). */
export const PUBLISHING_CONTROLLERS: unknown[] = [];
