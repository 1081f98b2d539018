/**
 * Reading a minutes file from disk as text: UTF-8, or Windows-1252 when its bytes are not
 * UTF-8, and the guess recorded so the check warns with `encoding-guessed` (the text is never
 * silently changed to U+FFFD).
 */
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeText, sourceEncodings } from '../language/text-decoding.js';

/** The text of the file at `path` (absolute); throws what readFileSync throws. */
export function readTextFile(path: string): string {
    const decoded = decodeText(readFileSync(path));
    sourceEncodings.record(URI.file(path).toString(), decoded.guess);
    return decoded.text;
}

/**
 * Langium's file system for the language server, but files are decoded like the CLI decodes
 * them (a closed workspace file that is not UTF-8 is read as Windows-1252, not with U+FFFD).
 */
export class DecodingFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        const decoded = decodeText(await this.readBinary(uri));
        sourceEncodings.record(uri.toString(), decoded.guess);
        return decoded.text;
    }

    override readFileSync(uri: URI): string {
        const decoded = decodeText(this.readBinarySync(uri));
        sourceEncodings.record(uri.toString(), decoded.guess);
        return decoded.text;
    }
}
