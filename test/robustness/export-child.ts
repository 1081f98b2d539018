/**
 * The child process of export-kill.test.ts: writes one large page with writeExport and says
 * when it starts and when it is done, so the test can kill it at any moment in between.
 *
 *     node export-child.cjs <source> <target> <fill character> <megabytes>
 */
import { writeExport } from '../../common/write-file.js';

const [source, target, fill, megabytes] = process.argv.slice(2);
const page = `<!DOCTYPE html><p>${fill.repeat(Number(megabytes) * 1024 * 1024)}</p>\n`;
process.stdout.write('writing\n');
writeExport(source, target, page).then(
    () => process.stdout.write('done\n'),
    error => {
        process.stderr.write(`${String(error)}\n`);
        process.exitCode = 2;
    }
);
