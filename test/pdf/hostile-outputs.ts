/**
 * The security corpus as PDFs, for `npm run test:pdf` (test/pdf/check.mjs bundles this file and
 * checks what it writes with qpdf, pdfinfo and pdftotext): every payload of
 * test/security/payloads.ts in every text slot of its document (test/security/pages.ts), and of
 * that document the minutes, the notice, an extract and the public version, each as the HTML
 * page and the PDF the CLI would write (the same render model, the same back ends), built in
 * one process: a CLI run per PDF would take minutes on a busy machine.
 */
import '../../language/polyfill.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { buildDocument } from '../../language/build-document.js';
import { errorCount } from '../../language/diagnostics.js';
import { createMinutesCoreServices } from '../../language/minutes-module.js';
import { renderModelPage } from '../../language/render/html.js';
import { buildOutput, type OutputRequest } from '../../language/render/outputs.js';
import { renderPdf } from '../../pdf/render-pdf.js';
import { documentFor, RECORD_OUTPUTS, slotsShown } from '../security/pages.js';
import { PAYLOADS, visibleText } from '../security/payloads.js';

/** One output of one payload's document, written as `<name>.pdf` and `<name>.html`. */
export interface HostileOutput {
    /** The payload's name and the output's (`script tag: notice`). */
    label: string;
    pdfFile: string;
    htmlFile: string;
    /** The slots the output shows, as a reader must see them. */
    expectedTexts: string[];
}

const OUTPUTS: ReadonlyArray<{ name: string; request: OutputRequest; slots?: readonly number[] }> = [
    { name: 'minutes', request: { kind: 'minutes' } },
    ...RECORD_OUTPUTS
];

/** Writes every output of every payload's document (whose name has `only` in it) into `folder`; returns what it wrote. */
export async function writeHostileOutputs(folder: string, only?: string): Promise<HostileOutput[]> {
    const { shared } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'en' });
    const written: HostileOutput[] = [];
    for (const [index, payload] of PAYLOADS.entries()) {
        if (only !== undefined && !payload.name.includes(only)) continue;
        const { source, slots } = documentFor(payload.text);
        const uri = URI.parse(`file:///tmp/hostile-${index}.minutes`);
        const document = await buildDocument(shared, source, uri);
        const problems = { errors: errorCount(document.diagnostics ?? []), warnings: 0 };
        for (const output of OUTPUTS) {
            const outcome = buildOutput(document.parseResult.value, output.request, { viewLang: 'en', problems });
            if (!outcome.ok) throw new Error(`${payload.name}: ${output.name}: ${outcome.refusal}`);
            const name = join(folder, `hostile-${String(index).padStart(2, '0')}-${output.name.replace(/\W+/g, '-')}`);
            writeFileSync(`${name}.html`, renderModelPage(outcome.model));
            writeFileSync(`${name}.pdf`, await renderPdf(outcome.model));
            written.push({
                label: `${payload.name}: ${output.name}`, pdfFile: `${name}.pdf`, htmlFile: `${name}.html`,
                expectedTexts: slotsShown(slots, output).map(visibleText)
            });
        }
        shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
    return written;
}
