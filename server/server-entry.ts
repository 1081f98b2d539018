/** The bundle VS Code's language client starts in its own Node process. */
import { startServer } from './main.js';

startServer();
