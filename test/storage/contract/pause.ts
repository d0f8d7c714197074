// Waits a little, to give work that should not run a fair chance to run anyway.

export function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
