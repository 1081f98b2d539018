/**
 * When the preview asks the server for a new render. The first request renders at once; later
 * requests render at most once per `delayMs` (typing produces a burst of requests, one render
 * follows it); a render is skipped when the document version has not changed since the last
 * successful one; requests that arrive while a render is running lead to one more render after
 * it. Pure (timers injectable) so it is tested with fake timers.
 */

/** The timer functions the throttle uses (globalThis's by default). */
export interface Timers {
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

export interface RenderThrottleOptions<V> {
    /** Minimum time between two renders after the first, in milliseconds (300 like the Markdown preview). */
    readonly delayMs: number;
    /** The document's current version; undefined when it cannot be read (the render reports that). */
    readonly currentVersion: () => V | undefined | Promise<V | undefined>;
    /** Renders that version; resolves true when the result was shown (then the version counts as rendered). */
    readonly render: (version: V | undefined) => Promise<boolean>;
    readonly timers?: Timers;
}

const globalTimers: Timers = {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: handle => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Decides when to render; see the module comment. */
export class RenderThrottle<V> {
    private readonly timers: Timers;
    private timer: unknown;
    private timerPending = false;
    private started = false;
    private running = false;
    private rerunAfterRunning = false;
    private forceNext = false;
    private renderedVersion: V | undefined;
    private hasRendered = false;
    private disposed = false;

    constructor(private readonly options: RenderThrottleOptions<V>) {
        this.timers = options.timers ?? globalTimers;
    }

    /**
     * Asks for a render. `force` renders even if the version is unchanged (settings changed,
     * the webview was re-created).
     */
    request(force = false): void {
        if (this.disposed) return;
        if (force) this.forceNext = true;
        if (!this.started) {
            this.started = true;
            void this.run();
            return;
        }
        if (this.running) {
            this.rerunAfterRunning = true;
            return;
        }
        this.schedule();
    }

    /** The last version shown, if any. */
    get lastRenderedVersion(): V | undefined {
        return this.renderedVersion;
    }

    /** Stops all pending and future renders. */
    dispose(): void {
        this.disposed = true;
        this.cancelTimer();
    }

    private schedule(): void {
        if (this.timerPending) return;
        this.timerPending = true;
        this.timer = this.timers.setTimeout(() => {
            this.timerPending = false;
            void this.run();
        }, this.options.delayMs);
    }

    private cancelTimer(): void {
        if (this.timerPending) {
            this.timers.clearTimeout(this.timer);
            this.timerPending = false;
        }
    }

    private async run(): Promise<void> {
        if (this.disposed) return;
        if (this.running) {
            this.rerunAfterRunning = true;
            return;
        }
        this.running = true;
        try {
            const version = await this.options.currentVersion();
            if (this.disposed) return;
            const force = this.forceNext;
            if (!force && this.hasRendered && version !== undefined && version === this.renderedVersion) {
                return;
            }
            this.forceNext = false;
            const shown = await this.options.render(version);
            if (shown && version !== undefined) {
                this.renderedVersion = version;
                this.hasRendered = true;
            } else if (!shown && force) {
                // The forced render did not reach the webview: keep forcing.
                this.forceNext = true;
            }
        } catch {
            // render() reports its own failures; the next request tries again.
        } finally {
            this.running = false;
            if (this.rerunAfterRunning && !this.disposed) {
                this.rerunAfterRunning = false;
                this.schedule();
            }
        }
    }
}
