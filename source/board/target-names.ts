// Short names for the apps a card compares with: what tells them apart. The apps of one
// stage usually share a prefix (northwind-shop-prd-eu, northwind-shop-prd-us -> eu, us);
// the cut is made at a dash, and a name that would be left empty stays whole.
export function distinguishingNames(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const parts = names.map((name) => name.split('-'));
  let shared = 0;
  const shortest = Math.min(...parts.map((p) => p.length));
  while (shared < shortest - 1 && parts.every((p) => p[shared] === parts[0]![shared])) shared++;
  return parts.map((p, i) => (shared > 0 ? p.slice(shared).join('-') : names[i]!));
}
