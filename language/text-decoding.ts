/**
 * Turning a file's bytes into text without losing any of them: UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (what old Swedish tools usually saved), with where the first byte
 * that is not UTF-8 stands so a warning can point at it. No I/O here: the CLI and the language
 * server read the bytes themselves (common/read-text.ts, server/document-lifecycle.ts).
 */

/** Why a text was not read as UTF-8: the encoding used instead and the 0-based line of the first byte that is not UTF-8. */
export interface EncodingGuess {
    encoding: 'windows-1252';
    line: number;
}

/** A file's text and, when its bytes were not UTF-8, how it was read instead. */
export interface DecodedText {
    text: string;
    guess?: EncodingGuess;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes `bytes` as UTF-8, or as Windows-1252 when they are not valid UTF-8. The strict
 * decoder checks validity itself (WHATWG's UTF-8 is RFC 3629's: no overlong forms, surrogates or
 * code points past U+10FFFF), so valid text, nearly every file, takes one native pass; only a
 * refusal scans the bytes here to say where.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
    try {
        return { text: strictUtf8.decode(bytes) };
    } catch (error) {
        const guess = guessEncoding(bytes);
        if (!guess) throw error;
        return { text: decodeWindows1252(bytes), guess };
    }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0) return i;
        i += length;
    }
    return -1;
}

/** The length of the valid UTF-8 sequence at `i` (1 to 4), or 0 when it is not one (RFC 3629, table 3-7 of Unicode). */
function sequenceLength(bytes: Uint8Array, i: number): number {
    const lead = bytes[i];
    if (lead < 0x80) return 1;
    // The allowed range of the second byte depends on the lead: no overlong forms, no surrogates, nothing past U+10FFFF.
    let length: number, low = 0x80, high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead === 0xe0) low = 0xa0;
        if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead === 0xf0) low = 0x90;
        if (lead === 0xf4) high = 0x8f;
    } else return 0;
    if (i + length > bytes.length) return 0;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
    return length;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the five unassigned ones map to the C1 controls, as WHATWG does). */
const WINDOWS_1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
    0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
];

/** Every byte is one character: Latin-1 except for 0x80–0x9F. Written out so it does not depend on Node's ICU data. */
function decodeWindows1252(bytes: Uint8Array): string {
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let start = 0; start < bytes.length; start += CHUNK) {
        const codes: number[] = [];
        for (let i = start; i < Math.min(start + CHUNK, bytes.length); i++) {
            const byte = bytes[i];
            codes.push(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : byte);
        }
        parts.push(String.fromCharCode(...codes));
    }
    return parts.join('');
}

/** The 0-based line of byte `offset`, counting LF, CRLF and lone CR as line ends (as the lexer does). */
function lineAt(bytes: Uint8Array, offset: number): number {
    let line = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    }
    return line;
}

/**
 * Which documents were not read as UTF-8, by URI: whoever reads a file's bytes (the CLI, the
 * language server) records it here, and the validator reports it as `encoding-guessed`.
 */
export class SourceEncodings {
    private readonly guesses = new Map<string, EncodingGuess>();

    /** Records how the document at `uri` was read; undefined means it was valid UTF-8. */
    record(uri: string, guess: EncodingGuess | undefined): void {
        if (guess) this.guesses.set(uri, guess);
        else this.guesses.delete(uri);
    }

    /** How the document at `uri` was read, when it was not UTF-8. */
    guessOf(uri: string): EncodingGuess | undefined {
        return this.guesses.get(uri);
    }

    /** Forgets a document that is gone. */
    forget(uri: string): void {
        this.guesses.delete(uri);
    }
}

/**
 * The one record of the process: the CLI reads a file and builds its document in separate
 * steps (cli/main.ts), and the server's disk check runs in the document factory, so both
 * meet the validator here rather than through arguments.
 */
export const sourceEncodings = new SourceEncodings();

/** How bytes that are not valid UTF-8 would be read (see {@link decodeText}); undefined for valid UTF-8. */
export function guessEncoding(bytes: Uint8Array): EncodingGuess | undefined {
    const invalid = firstInvalidUtf8(bytes);
    return invalid < 0 ? undefined : { encoding: 'windows-1252', line: lineAt(bytes, invalid) };
}
