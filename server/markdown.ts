/** Hover text is Markdown; the writer's names and texts must not turn into formatting there. */

/** `text` with the characters Markdown reads as formatting (`*`, `_`, `#`, …) escaped. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>#|]/gu, match => `\\${match}`);
}
