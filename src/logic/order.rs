//! Sorting for every list the app orders: articles, tags, events, search words, highlights.
//!
//! Each `sort_unstable_by` with its own element type or comparison is a separate ~3 KB copy of
//! the sort routine in the WebAssembly (nine of them, ~30 KB). Here a single routine orders
//! positions through a `dyn` comparison and each caller only moves its items into that order,
//! so the routine is shipped once. Ties keep their original order: every sort here is stable.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = {
        let slice = items.as_slice();
        positions_in_order(slice.len(), &|a, b| match (slice.get(a), slice.get(b)) {
            (Some(x), Some(y)) => compare(x, y),
            _ => Ordering::Equal,
        })
    };
    rearrange(items, &order);
}

/// Sorts `items` by a key computed once per item, keeping equal keys in their original order.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions_in_order(keys.len(), &|a, b| keys.get(a).cmp(&keys.get(b)));
    rearrange(items, &order);
}

/// The positions `0..len` ordered by `compare`, ties by position. Never inlined: inlined, the
/// optimiser would specialise the sort for each caller again.
#[inline(never)]
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    positions
}

fn rearrange<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&at| slots.get_mut(at).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = items.clone();
            expected.sort_by_key(|&(key, _)| key);
            let mut by = items.clone();
            sort_by(&mut by, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(&by, &expected);
            let mut cached = items;
            sort_by_cached_key(&mut cached, |&(key, _)| key);
            prop_assert_eq!(&cached, &expected);
        }
    }

    #[test]
    fn moves_items_that_cannot_be_copied() {
        let mut words = vec!["pear".to_string(), "fig".to_string(), "apple".to_string()];
        sort_by(&mut words, |a, b| {
            a.len().cmp(&b.len()).then_with(|| a.cmp(b))
        });
        assert_eq!(words, ["fig", "pear", "apple"]);
    }
}
