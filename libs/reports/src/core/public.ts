// What the core part of the reports domain offers other libraries.
export {};
