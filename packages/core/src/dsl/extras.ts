/**
 * @internal Copies onto `target` the properties of `input` that `known` does not name, so a
 * misspelt property (`report:` for `reports:`) reaches the model and the schema refuses it with
 * its path, instead of the builders dropping it silently.
 */
export function withExtras<T extends object>(target: T, input: object, known: readonly string[]): T {
  for (const key of Object.keys(input)) {
    if (known.includes(key) || Object.hasOwn(target, key)) continue;
    Object.defineProperty(target, key, {
      value: (input as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return target;
}
