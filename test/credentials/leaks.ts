// Every run of five consecutive characters of the token found in the text: a mask may show
// the last four, anything longer is a leak.
export function leaksOf(text: string, token: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 5 <= token.length; i++) {
    const piece = token.slice(i, i + 5);
    if (text.includes(piece)) found.push(piece);
  }
  return found;
}
