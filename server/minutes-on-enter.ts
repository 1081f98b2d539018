/**
 * Enter on an empty bullet ends the list, as in Markdown editors. VS Code's `onEnterRules`
 * (language-configuration.json) continue a bullet with `- ` but cannot remove text before the
 * cursor, so this runs as on-type formatting on the line break: when the line just left holds
 * only a bullet marker and the new line is empty, the marker and the new line go, and the
 * cursor stays on the now empty line. It reads only the two lines around the cursor, so it
 * answers at once whatever the document's size (the document may not be parsed yet after the
 * key press, so it reads the two lines, with the line model's notion of a bullet marker).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver';
import { isEmptyBullet } from '../language/line-model.js';

/**
 * The edit that ends a list after Enter was typed at `position` (the start of the new line,
 * after any indentation or marker the editor put there), or none when the line above is not
 * an empty bullet or the new line has text.
 */
export function endListOnEnter(document: TextDocument, position: Position): TextEdit[] {
    if (position.line === 0) return [];
    const above = lineOf(document, position.line - 1);
    const current = lineOf(document, position.line);
    if (!isEmptyBullet(above)) return [];
    // The new line holds at most what the editor put there: indentation, or a continued marker.
    if (current.trim() !== '' && !isEmptyBullet(current)) return [];
    return [{
        range: { start: { line: position.line - 1, character: 0 }, end: { line: position.line, character: current.length } },
        newText: ''
    }];
}

function lineOf(document: TextDocument, line: number): string {
    return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/u, '');
}
