// The web app's pages and the API's own routes, in one pure module that the API (mails,
// digests, feeds, serving the app) and the browser app (its router) both import: a link in
// a mail always names a page the app has, and a page never shadows an API route.
export * from './web-paths';
export * from './api-routes';
