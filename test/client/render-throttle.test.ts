import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RenderThrottle } from '../../client/preview/render-throttle.js';

/** A document whose version the test bumps, and a record of the versions rendered. */
function setup(options: { renderMs?: number; shown?: () => boolean } = {}) {
    const doc = { version: 1 };
    const rendered: number[] = [];
    const throttle = new RenderThrottle<number>({
        delayMs: 300,
        currentVersion: () => doc.version,
        render: async version => {
            if (options.renderMs) await new Promise(resolve => setTimeout(resolve, options.renderMs));
            rendered.push(version!);
            return options.shown ? options.shown() : true;
        },
    });
    return { doc, rendered, throttle };
}

/** Lets the throttle's promise chain run without moving the clock. */
async function settle(): Promise<void> {
    await vi.advanceTimersByTimeAsync(0);
}

describe('RenderThrottle', () => {
    beforeEach(() => { vi.useFakeTimers(); });
    afterEach(() => { vi.useRealTimers(); });

    test('the first request renders at once', async () => {
        const { rendered, throttle } = setup();
        throttle.request();
        await settle();
        expect(rendered).toEqual([1]);
    });

    test('a burst of edits gives one render, 300 ms after the first edit of the burst', async () => {
        const { doc, rendered, throttle } = setup();
        throttle.request();
        await settle();
        for (let i = 0; i < 10; i++) {
            doc.version++;
            throttle.request();
            await vi.advanceTimersByTimeAsync(20);
        }
        expect(rendered).toEqual([1]); // 200 ms in: nothing yet
        await vi.advanceTimersByTimeAsync(100);
        expect(rendered).toEqual([1, 11]);
        await vi.advanceTimersByTimeAsync(1000);
        expect(rendered).toEqual([1, 11]);
    });

    test('continuous typing renders at most once per 300 ms', async () => {
        const { doc, rendered, throttle } = setup();
        throttle.request();
        await settle();
        for (let t = 0; t < 3000; t += 50) {
            doc.version++;
            throttle.request();
            await vi.advanceTimersByTimeAsync(50);
        }
        // 3 s of typing: the first render plus one per 300 ms, never more.
        expect(rendered.length).toBeGreaterThanOrEqual(9);
        expect(rendered.length).toBeLessThanOrEqual(11);
        expect(rendered).toEqual([...rendered].sort((a, b) => a - b));
    });

    test('an unchanged version is not rendered again', async () => {
        const { rendered, throttle } = setup();
        throttle.request();
        await settle();
        throttle.request();
        await vi.advanceTimersByTimeAsync(300);
        throttle.request();
        await vi.advanceTimersByTimeAsync(300);
        expect(rendered).toEqual([1]);
    });

    test('force renders an unchanged version (settings changed, webview re-created)', async () => {
        const { rendered, throttle } = setup();
        throttle.request();
        await settle();
        throttle.request(true);
        await vi.advanceTimersByTimeAsync(300);
        expect(rendered).toEqual([1, 1]);
    });

    test('edits during a slow render lead to exactly one more render after it', async () => {
        const { doc, rendered, throttle } = setup({ renderMs: 500 });
        throttle.request();
        await vi.advanceTimersByTimeAsync(100);
        doc.version = 2;
        throttle.request();
        doc.version = 3;
        throttle.request();
        await vi.advanceTimersByTimeAsync(400); // first render done at 500 ms
        expect(rendered).toEqual([1]);
        await vi.advanceTimersByTimeAsync(300 + 500);
        expect(rendered).toEqual([1, 3]);
        await vi.advanceTimersByTimeAsync(2000);
        expect(rendered).toEqual([1, 3]);
    });

    test('a render that was not shown does not count: the same version renders again', async () => {
        let shown = false;
        const { rendered, throttle } = setup({ shown: () => shown });
        throttle.request();
        await settle();
        shown = true;
        throttle.request();
        await vi.advanceTimersByTimeAsync(300);
        expect(rendered).toEqual([1, 1]);
        expect(throttle.lastRenderedVersion).toBe(1);
    });

    test('after dispose nothing renders', async () => {
        const { doc, rendered, throttle } = setup();
        throttle.request();
        await settle();
        doc.version = 2;
        throttle.request();
        throttle.dispose();
        await vi.advanceTimersByTimeAsync(1000);
        throttle.request();
        await vi.advanceTimersByTimeAsync(1000);
        expect(rendered).toEqual([1]);
    });
});
