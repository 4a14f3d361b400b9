// Shared set-up for unit tests. jsdom-specific stubs (ResizeObserver, DOMMatrixReadOnly for
// React Flow) live in tests/unit/setup-dom.ts and are only loaded by tests that need the DOM.
export {};
