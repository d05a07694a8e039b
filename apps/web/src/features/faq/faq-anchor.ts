/** The id of an FAQ entry on `/faq`: a link to `#faq-<id>` opens and focuses that entry. */
export const faqAnchor = (id: string) => `faq-${id}`;
