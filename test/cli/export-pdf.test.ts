import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli, type CliIO } from '../../cli/main.js';
import { ENGLISH_MINUTES_FILE, readExample, SWEDISH_MINUTES_FILE } from '../render/render-helpers.js';
import { pageTexts } from '../pdf/pdf-text.js';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-pdf-'));
    writeFileSync(join(dir, 'board.minutes'), readExample(ENGLISH_MINUTES_FILE));
    writeFileSync(join(dir, 'grupp.minutes'), readExample(SWEDISH_MINUTES_FILE));
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in `dir`, keeping standard output as bytes. */
async function run(args: string[], options: { terminal?: boolean; stdin?: string } = {}): Promise<{ code: number; out: Buffer; err: string }> {
    const chunks: Buffer[] = [];
    let err = '';
    const io: CliIO = {
        stdout: data => { chunks.push(Buffer.from(data)); },
        stdoutIsTerminal: options.terminal ?? false,
        stderr: text => { err += text; },
        stdin: async () => Buffer.from(options.stdin ?? ''),
        env: {},
        cwd: dir
    };
    const code = await runCli(args, io);
    return { code, out: Buffer.concat(chunks), err };
}

describe('minutes export --format pdf', () => {
    test('writes a PDF next to the source by default and says where', async () => {
        const { code, out, err } = await run(['export', '--format', 'pdf', 'board.minutes']);
        const target = join(dir, 'board.pdf');
        expect({ code, out: out.toString(), err }).toEqual({ code: 0, out: `Wrote ${target}\n`, err: '' });
        const pdf = readFileSync(target);
        expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
        expect(pageTexts(pdf)[0]).toContain('Northgate Rowing Club, committee');
        expect(readdirSync(dir).sort()).toEqual(['board.minutes', 'board.pdf', 'grupp.minutes']);
    });

    test('-o names the file; the Swedish document speaks Swedish on every page', async () => {
        const { code, out } = await run(['export', 'grupp.minutes', '--format=pdf', '-o', 'protokoll.pdf']);
        expect(code).toBe(0);
        expect(out.toString()).toBe(`Skrev ${join(dir, 'protokoll.pdf')}\n`);
        const texts = pageTexts(readFileSync(join(dir, 'protokoll.pdf')));
        texts.forEach((text, i) => expect(text).toContain(`Sida ${i + 1} av ${texts.length}`));
    });

    test('-o - writes the bytes to standard output, and standard input goes there too, unless it is a terminal', async () => {
        const piped = await run(['export', '--format', 'pdf', 'board.minutes', '-o', '-']);
        expect(piped.code).toBe(0);
        expect(piped.out.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(piped.out.subarray(-6).toString('latin1')).toBe('%%EOF\n');
        const fromStdin = await run(['export', '--format', 'pdf', '-'], { stdin: readExample(ENGLISH_MINUTES_FILE) });
        expect(fromStdin.out.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const terminal = await run(['export', '--format', 'pdf', 'board.minutes', '-o', '-'], { terminal: true });
        expect({ code: terminal.code, out: terminal.out.length }).toEqual({ code: 2, out: 0 });
        expect(terminal.err).toBe('minutes: A PDF is not written to the terminal; name the file with -o, for example -o minutes.pdf, or pipe the output on with |.\n');
    });

    test('an unknown format is a usage error; a .pdf source is not exported over itself', async () => {
        expect(await run(['export', '--format', 'docx', 'board.minutes'])).toMatchObject({ code: 2, err: 'minutes: --format takes html or pdf, not "docx". Run "minutes --help" for usage.\n' });
        writeFileSync(join(dir, 'notes.pdf'), readExample(ENGLISH_MINUTES_FILE));
        const itself = await run(['export', '--format', 'pdf', 'notes.pdf']);
        expect(itself.code).toBe(2);
        expect(itself.err).toContain(`notes.pdf would be exported to itself (the page takes the file's name with .pdf); name the page with -o, for example -o notes-page.pdf.`);
        expect(readFileSync(join(dir, 'notes.pdf'), 'utf8')).toBe(readExample(ENGLISH_MINUTES_FILE));
    });
});
