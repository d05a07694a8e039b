// @cop/survey-logic: what a survey's definition means, in one pure module that the API (checking
// answers) and the browser app (showing questions as they are answered) both import, so the two
// cannot disagree about which questions a set of answers shows.
export * from './survey-definition-types';
export * from './conditions';
export * from './survey-answers';
export * from './condition-cases';
