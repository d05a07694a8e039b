// What the review part of the reports domain offers other libraries.
export {};
