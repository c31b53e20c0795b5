// What a stubbed package does when it is reached after all (see README.md).
export function unused(name) {
  throw new Error(`${name} is not bundled with pipeline-tui (scripts/build-stubs).`);
}
