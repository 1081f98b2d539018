/**
 * The short "is scrolling" window that breaks the editor↔preview feedback loop: after one side
 * scrolls the other programmatically, the other side's resulting scroll event is not sent
 * back. Used on both sides (extension host and webview); the clock is injectable for tests.
 */
export class ScrollGuard {
    private until = -Infinity;

    constructor(
        private readonly windowMs: number,
        private readonly now: () => number = () => Date.now(),
    ) {}

    /** Call right before scrolling the other side programmatically. */
    hold(): void {
        this.until = this.now() + this.windowMs;
    }

    /** True while scroll events are the echo of our own programmatic scroll. */
    get active(): boolean {
        return this.now() < this.until;
    }
}
