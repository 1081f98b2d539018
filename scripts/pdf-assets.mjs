// Copies what the PDF export reads at run time next to the bundles in out/, for the bundles and
// the .vsix (which has no node_modules): the two DejaVu fonts it embeds (out/fonts/, found by
// pdf/assets.ts) and pdfkit's sRGB colour profile for the PDF/A output intent (out/data/, where
// pdfkit's bundled code looks for it beside the bundle). Used by esbuild.mjs and bench/build.mjs.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The files, as [from, to relative to the out folder]. */
export function pdfAssets() {
    const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const pdfkitCode = dirname(require.resolve('pdfkit'));
    return [
        [join(fonts, 'DejaVuSans.ttf'), 'fonts/DejaVuSans.ttf'],
        [join(fonts, 'DejaVuSans-Bold.ttf'), 'fonts/DejaVuSans-Bold.ttf'],
        [join(pdfkitCode, 'data', 'sRGB_IEC61966_2_1.icc'), 'data/sRGB_IEC61966_2_1.icc'],
    ];
}

/** Copies {@link pdfAssets} into `out`. */
export function copyPdfAssets(out) {
    for (const [from, to] of pdfAssets()) {
        mkdirSync(dirname(join(out, to)), { recursive: true });
        copyFileSync(from, join(out, to));
    }
}
