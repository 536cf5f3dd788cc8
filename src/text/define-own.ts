// Copying user-named keys into an object without ever reaching its prototype.
/** Set a key as an own data property even when it is "__proto__" (never through the setter). */
export function defineOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
