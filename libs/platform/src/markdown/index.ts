export { renderMarkdown, markdownToText } from './markdown';
