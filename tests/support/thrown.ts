/** Returns the error message thrown by `run`, failing the test when it does not throw. */
export function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, none was thrown');
}
