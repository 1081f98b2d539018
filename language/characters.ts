/**
 * Character classes for the hand-written scanners of person lines and ranges: one UTF-16 unit
 * at a time, ASCII answered without a regular expression (these run at every character of a
 * line, and a line may be long).
 */

/** Whether a character code is whitespace as `\s` means it. */
export function isSpace(code: number): boolean {
    return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}

export function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

/** Whether the character at `i` is a letter (outside the text: no). */
export function isLetter(text: string, i: number): boolean {
    if (i < 0 || i >= text.length) return false;
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    return code > 127 && /\p{L}/u.test(text[i]);
}

/** Whether the character at `i` is a letter or a digit: a word goes on. */
export function isWordChar(text: string, i: number): boolean {
    return isLetter(text, i) || (i >= 0 && i < text.length && (isDigit(text.charCodeAt(i)) || (text.charCodeAt(i) > 127 && /\p{N}/u.test(text[i]))));
}
