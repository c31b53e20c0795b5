import {createContext, useContext, useRef, type ReactNode} from 'react';
import {useInput, type Key} from 'ink';

// One listener for the whole screen, subscribed once when the program starts, that hands
// each key to the places registered with it. Ink's own useInput subscribes in a passive
// effect, after the frame that shows a new view is already on the terminal: a key typed in
// that moment (a fast typist, a loaded machine) reached no one and was lost. Places here
// register while React commits (a layout effect), so a view takes keys from its first frame.

type Entry = {handle: (input: string, key: Key) => void; active: () => boolean};
export type KeyRouterHandle = {add(entry: Entry): () => void};

const RouterContext = createContext<KeyRouterHandle | null>(null);

export function KeyRouter({children}: {children: ReactNode}) {
  const entries = useRef<Entry[]>([]);
  const router = useRef<KeyRouterHandle>({
    add(entry) {
      entries.current = [...entries.current, entry];
      return () => {
        entries.current = entries.current.filter((e) => e !== entry);
      };
    },
  }).current;
  useInput((input, key) => {
    // As Ink does for its listeners: every active place gets every key, in the order they
    // registered; a place that a key closes still gets that key.
    for (const entry of entries.current) if (entry.active()) entry.handle(input, key);
  });
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

export function useKeyRouter(): KeyRouterHandle | null {
  return useContext(RouterContext);
}
