#!/usr/bin/env node
// Turns the log of a long `npm install --loglevel=info` (read on stdin) into progress a person can
// follow: every few seconds one line with the elapsed time, the downloads so far and the install
// script running now; npm's warnings and errors pass through as they come. The whole log goes to
// the file named by the first argument, for when the install fails.
//
//   npm install --loglevel=info … 2>&1 | node scripts/install-progress.mjs <log file> [label]
import fs from 'node:fs';
import readline from 'node:readline';

const EVERY_MS = Number(process.env.MINUTES_PROGRESS_EVERY_MS) || 5_000;

/** What the progress line reports, updated from each line of npm's log. */
function createProgress() {
    return { downloads: 0, scriptsDone: 0, running: new Map() };
}

/**
 * Reads one line of npm's log into `progress`; returns the line when a person must see it as it
 * is (a warning or an error), else undefined.
 */
function readLine(progress, line) {
    if (/^npm http fetch /u.test(line)) {
        progress.downloads++;
        return undefined;
    }
    // `npm info run <pkg>@<version> <event> <path> <command>` starts a script;
    // `npm info run <pkg>@<version> <event> { code: 0, signal: null }` ends it.
    const run = /^npm info run (\S+) (\w+) (.*)$/u.exec(line);
    if (run) {
        const [, pkg, event, rest] = run;
        const key = `${pkg} ${event}`;
        if (rest.startsWith('{')) {
            progress.running.delete(key);
            progress.scriptsDone++;
        } else {
            progress.running.set(key, Date.now());
        }
        return undefined;
    }
    return /^npm (?:warn|error|WARN|ERR!) /u.test(line) ? line : undefined;
}

function minutesAndSeconds(ms) {
    const seconds = Math.floor(ms / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** One line: elapsed time, downloads, finished scripts and the script running longest. */
function describe(progress, elapsedMs, now = Date.now()) {
    const parts = [`${progress.downloads} downloads`];
    if (progress.scriptsDone) parts.push(`${progress.scriptsDone} install scripts done`);
    const oldest = [...progress.running].sort((a, b) => a[1] - b[1])[0];
    if (oldest) parts.push(`running ${oldest[0]} for ${minutesAndSeconds(now - oldest[1])}`);
    return `${minutesAndSeconds(elapsedMs)}  ${parts.join(', ')}`;
}

async function main() {
    const [logFile, label = 'npm install'] = process.argv.slice(2);
    const started = Date.now();
    const progress = createProgress();
    const log = logFile ? fs.createWriteStream(logFile) : undefined;
    let lastShown = '';
    const show = () => {
        const line = describe(progress, Date.now() - started);
        // The elapsed time alone changing is not news on a non-terminal (CI logs stay short).
        const news = line.replace(/^\S+/u, '');
        if (process.stderr.isTTY || news !== lastShown) console.error(`[${label}] ${line}`);
        lastShown = news;
    };
    const timer = setInterval(show, EVERY_MS);
    for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        log?.write(`${line}\n`);
        const passThrough = readLine(progress, line);
        if (passThrough) console.error(passThrough);
    }
    clearInterval(timer);
    log?.end();
    console.error(`[${label}] finished after ${minutesAndSeconds(Date.now() - started)}: ${progress.downloads} downloads, ${progress.scriptsDone} install scripts`);
}

await main();
