/**
 * The files the PDF needs besides the code: the two DejaVu fonts it embeds (regular and bold,
 * from the npm package dejavu-fonts-ttf; nothing is downloaded at run time and no system font is
 * used, so every machine makes the same PDF).
 *
 * Where they are: the bundles (out/server.cjs, out/cli.cjs) have copies in out/fonts/, which
 * esbuild.mjs makes and the .vsix carries (the packaged extension has no node_modules); run from
 * source (tests), they are read from node_modules. pdfkit finds its own colour profile for PDF/A
 * beside its code, which in the bundles is out/data/ (esbuild.mjs copies it there too).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The font files the PDF embeds, by their use. */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** The colour profile pdfkit writes as the PDF/A output intent, as its Node build looks for it. */
export const COLOR_PROFILE_FILE = 'data/sRGB_IEC61966_2_1.icc';

export type FontRole = keyof typeof FONT_FILES;

/** The folder that holds {@link FONT_FILES}: beside the bundle, else in the npm package. */
export function fontFolder(): string {
    const beside = fileURLToPath(new URL('./fonts/', import.meta.url));
    if (existsSync(join(beside, FONT_FILES.regular))) return beside;
    const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
    return join(dirname(packageJson), 'ttf');
}

let fonts: Record<FontRole, Uint8Array> | undefined;

/** The bytes of both fonts, read once per process (about 1.4 MB). */
export function fontBytes(): Record<FontRole, Uint8Array> {
    if (!fonts) {
        const folder = fontFolder();
        fonts = { regular: readFileSync(join(folder, FONT_FILES.regular)), bold: readFileSync(join(folder, FONT_FILES.bold)) };
    }
    return fonts;
}
