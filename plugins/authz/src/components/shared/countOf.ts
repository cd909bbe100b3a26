/** "1 member", "3 members": a count with its noun in the right number. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
