// The memory stores hold values as JSON text, as a network store would, so no caller shares an object with them.

/** Throws a TypeError for values JSON cannot carry (undefined, functions, symbols) rather than storing nothing. */
export function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`toJson: a ${typeof value} cannot be stored as JSON`);
  return json;
}

export function fromJson<T>(json: string): T {
  return JSON.parse(json) as T;
}
