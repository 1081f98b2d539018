/** Moving the editor to match the preview (the other direction lives in the webview). */
import * as vscode from 'vscode';

/** Scrolls the editor so that the (fractional) source line is at the top. */
export function scrollEditorToLine(line: number, editor: vscode.TextEditor): void {
    const lastLine = editor.document.lineCount - 1;
    const sourceLine = Math.min(Math.floor(line), lastLine);
    const text = editor.document.lineAt(Math.max(0, sourceLine)).text;
    const fraction = sourceLine === lastLine ? 0 : line - Math.floor(line);
    const start = new vscode.Position(Math.max(0, sourceLine), Math.floor(fraction * text.length));
    const end = sourceLine < lastLine ? new vscode.Position(sourceLine + 1, 0) : start;
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.AtTop);
}

/** The first source line visible in the editor. */
export function topVisibleLine(editor: vscode.TextEditor): number | undefined {
    return editor.visibleRanges[0]?.start.line;
}
