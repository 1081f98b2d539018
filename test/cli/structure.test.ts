/**
 * The shape of the code the CLI and file writing rest on: the CLI's modules import each other
 * without a cycle, exit statuses are named, and `language/` holds no I/O (file writing lives in
 * common/write-file.ts, which the CLI and the extension import).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** Every .ts file below `folder` (generated code left out), as absolute paths. */
function sourcesIn(folder: string): string[] {
    return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.ts') && !name.includes('generated'))
        .map(name => join(ROOT, folder, name));
}

/** The relative modules a file imports, statically or with `import()`, as absolute .ts paths. */
function relativeImports(file: string): string[] {
    // Type-only imports are erased when compiled: they cannot make a cycle at run time.
    const text = readFileSync(file, 'utf8').replace(/^import type [^;]+;$/gmu, '');
    const specifiers = [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/gu)].map(match => match[1]);
    return specifiers.map(specifier => resolve(dirname(file), specifier.replace(/\.js$/u, '.ts')));
}

/** The first import cycle among `files`, as a list of paths relative to the root, or undefined. */
function findCycle(files: string[], importsOf: (file: string) => string[] = relativeImports): string[] | undefined {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): string[] | undefined => {
        if (state.get(file) === 'done' || !files.includes(file)) return undefined;
        if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file].map(f => relative(ROOT, f));
        state.set(file, 'open');
        stack.push(file);
        for (const imported of importsOf(file)) {
            const cycle = visit(imported);
            if (cycle) return cycle;
        }
        stack.pop();
        state.set(file, 'done');
        return undefined;
    };
    for (const file of files) {
        const cycle = visit(file);
        if (cycle) return cycle;
    }
    return undefined;
}

describe('the CLI and file writing', () => {
    test('cli/ and common/ have no import cycle', () => {
        expect(findCycle([...sourcesIn('cli'), ...sourcesIn('common')])).toBeUndefined();
    });

    test('the cycle check finds a cycle when there is one', () => {
        // main ↔ export-command, as it was: main imports the command, the command imports main.
        const [main, command, args] = ['cli/main.ts', 'cli/export-command.ts', 'cli/args.ts'].map(f => join(ROOT, f));
        const graph = new Map([[main, [command, args]], [command, [args, main]], [args, []]]);
        expect(findCycle([main, command, args], file => graph.get(file) ?? [])).toEqual(['cli/main.ts', 'cli/export-command.ts', 'cli/main.ts']);
        expect(findCycle([main, args], file => graph.get(file) ?? [])).toBeUndefined();
    });

    test('exit statuses are named (ExitCode), never bare numbers', () => {
        for (const file of sourcesIn('cli')) {
            const text = readFileSync(file, 'utf8');
            expect(text, relative(ROOT, file)).not.toMatch(/return [0-9]+;|exitCode = [0-9]|exit\([0-9]/u);
        }
    });

    test('language/ does no I/O: no file system, process, network or child modules, nothing from common/ but its strings', () => {
        // language/ may read its words from common/l10n, which does no I/O either.
        for (const file of [...sourcesIn('language'), ...sourcesIn('common/l10n')]) {
            const text = readFileSync(file, 'utf8');
            expect(text, relative(ROOT, file)).not.toMatch(/'node:(?:fs|os|child_process|net|http|https|worker_threads)[/']|require\(|from '[^']*\/common\/(?!l10n\/)/u);
        }
    });
});
