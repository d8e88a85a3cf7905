/**
 * `make(item, scope)` computed once per item and scope (e.g. per project and per site's links)
 * for as long as both live: each project's text in each format is made once per build.
 */
export function memo<Item extends object, Scope extends object, Value>(
  make: (item: Item, scope: Scope) => Value,
): (item: Item, scope: Scope) => Value {
  const caches = new WeakMap<Scope, WeakMap<Item, Value>>();
  return (item, scope) => {
    let cache = caches.get(scope);
    if (!cache) {
      cache = new WeakMap();
      caches.set(scope, cache);
    }
    if (cache.has(item)) return cache.get(item) as Value;
    const value = make(item, scope);
    cache.set(item, value);
    return value;
  };
}
