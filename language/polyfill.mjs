// Langium 4.4's Chevrotain (>= 12) calls Object.groupBy and Map.groupBy, which Node 20 lacks
// (they arrived in Node 21). VS Code 1.100's extension host is Node 20, so every entry point
// (CLI, server, generator, tests) loads this before Langium builds a parser.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
if (typeof Map.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = new Map();
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                const group = groups.get(key);
                if (group) group.push(item); else groups.set(key, [item]);
            }
            return groups;
        }
    });
}
