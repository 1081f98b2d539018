/**
 * What a fresh clone needs: `npm ci && npm test` with nothing beside the repository and without
 * install-script warnings. (.ci/run also proves the first: it runs `npm test` in a copy of the
 * checkout that has no ../shared next to it.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');

/**
 * Suites that CI runs beside the acceptance examples and that may read them: the acceptance
 * script itself, the PDF check with Debian's tools (npm run test:pdf) and the suites in a real
 * browser or VS Code. `npm test` runs none of them.
 */
const MAY_READ_OUTSIDE = ['test/acceptance/', 'test/pdf/check.mjs', 'test/a11y/', 'test/vscode/', 'test/e2e/', 'test/fresh-clone.test.ts'];

/** A reference to the shared folder beside the repository, or to the workspace it lives in on CI. */
const SHARED = [
    /\.\.[/\\]shared\b/u,
    /['"]shared['"]\s*,\s*['"]examples/u,
    /(?<![\w:/])\/work\//u
];

/** System folders every Unix machine has; a test may name them (special files, tools, temporary files). */
const SYSTEM = /^\/(?:dev|proc|tmp|usr|bin|etc)(?:\/|$)/u;

/**
 * Whether a line reads something outside the repository: the shared folder, or a quoted absolute
 * path that exists on this machine. Paths that exist nowhere (`/home/anna/möten`) are test data.
 */
function readsOutside(line: string): boolean {
    if (SHARED.some(pattern => pattern.test(line))) return true;
    return [...line.matchAll(/(?<![\w:/.])['"`](\/[\w.-][^'"`$\s]*)/gu)]
        .some(([, path]) => !SYSTEM.test(path) && !path.startsWith(ROOT) && existsSync(path));
}

function sourceFiles(folder: string): string[] {
    return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && /\.(?:[cm]?[jt]s|json)$/u.test(entry.name))
        .map(entry => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('npm test needs nothing outside the repository', () => {
    test('no test, benchmark or script reads ../shared or an absolute path (except the CI-only suites)', () => {
        const files = ['test', 'bench', 'scripts'].flatMap(sourceFiles)
            .filter(file => !MAY_READ_OUTSIDE.some(allowed => file.startsWith(allowed)));
        expect(files.length).toBeGreaterThan(30);
        const found = files.flatMap(file => readFileSync(join(ROOT, file), 'utf8').split('\n')
            .flatMap((line, index) => readsOutside(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
        expect(found).toEqual([]);
    });

    test('the rule finds what it must find, and leaves URIs, system folders and test data alone', () => {
        expect(readsOutside("join(__dirname, '../../../shared/examples')")).toBe(true);
        expect(readsOutside("join(ROOT, '..', 'shared', 'examples')")).toBe(true);
        expect(readsOutside("export const EXAMPLES = '/work/shared/examples';")).toBe(true);
        expect(readsOutside(`const HOME = '${process.env.HOME ?? '/'}';`)).toBe(true);
        expect(readsOutside("const MESSY_URI = 'file:///tmp/messy.minutes';")).toBe(false);
        expect(readsOutside("const source = '/home/anna/möten/styrelse-2025-11-18.minutes';")).toBe(false);
        expect(readsOutside("writeFileSync('/dev/null', text)")).toBe(false);
        expect(readsOutside('services.shared.workspace.LangiumDocuments')).toBe(false);
    });
});

interface Manifest { allowScripts?: Record<string, boolean> }
interface Lockfile { packages: Record<string, { hasInstallScript?: boolean }> }

/** The package name of a lockfile key such as `node_modules/a/node_modules/@scope/b`. */
function packageName(lockKey: string): string {
    return lockKey.slice(lockKey.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('npm ci prints no install-script warning', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    const withScripts = [...new Set(Object.entries(lock.packages)
        .filter(([key, entry]) => key !== '' && entry.hasInstallScript)
        .map(([key]) => packageName(key)))].sort();
    /** allowScripts keys are `name` or `name@version`; the name is what they cover. */
    const decided = Object.keys(manifest.allowScripts ?? {}).map(key => key.replace(/(?<=.)@[^@]*$/u, ''));

    test('every dependency with an install script has a decision in allowScripts', () => {
        expect(withScripts.length).toBeGreaterThan(0);
        expect(withScripts.filter(name => !decided.includes(name))).toEqual([]);
    });

    test('every decision is a yes or a no about a package that has an install script', () => {
        expect(Object.values(manifest.allowScripts ?? {}).every(value => typeof value === 'boolean')).toBe(true);
        expect(decided.filter(name => !withScripts.includes(name))).toEqual([]);
    });
});
