/**
 * Files the server cannot read, for tests: root reads every file whatever its mode, so as root
 * the server runs as `nobody`; any other user cannot read a mode-000 file and runs as itself.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The user to run the server as, so that mode-000 files are unreadable to it; undefined means the current user. */
export function unprivilegedUser(): { uid: number; gid: number } | undefined {
    if (process.getuid?.() !== 0) return undefined;
    const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
}

/** A temporary workspace folder every user can read (mkdtemp makes it private to its owner). */
export function sharedTempFolder(prefix: string): { path: string; write(name: string, text: string | Uint8Array): string; remove(): void } {
    const path = mkdtempSync(join(tmpdir(), prefix));
    chmodSync(path, 0o755);
    return {
        path,
        write(name, text) {
            const file = join(path, name);
            writeFileSync(file, text, { mode: 0o644 });
            chmodSync(file, 0o644);
            return file;
        },
        remove: () => rmSync(path, { recursive: true, force: true })
    };
}
