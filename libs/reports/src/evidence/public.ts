// What the evidence part of the reports domain offers other libraries.
export {};
