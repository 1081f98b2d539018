/** The editor-independent core of minutes: parsing, linking, validation, dates, rendering. */
import './polyfill.mjs';
export * from './generated/ast.js';
export * from './minutes-module.js';
export * from './messages.js';
export * from './keywords.js';
export * from './dates.js';
export * from './model.js';
export * from './diagnostics.js';
export * from './build-document.js';
export * from './names.js';
export { matchKeyword, readLines } from './minutes-lexer.js';
export * from './line-model.js';
