// What the publishing part of the reports domain offers other libraries.
export {};
