//! The watch list of this device: read from `localStorage` once, written back on every change.
//! Nothing of it leaves the device, and nothing of it is in the URL: the view a link shows is
//! the same on every device, the follow marks are this device's own.

use leptos::prelude::*;

use crate::logic::following::{StoredProblem, Target, WatchList, STORAGE_KEY};

#[derive(Clone, Copy)]
pub struct Following {
    list: RwSignal<WatchList>,
    /// Why the stored list could not be used (it was dropped), until the reader dismisses it.
    pub problem: RwSignal<Option<StoredProblem>>,
    /// Whether the browser keeps it at all (no storage in some private modes).
    pub stored: bool,
}

impl Following {
    /// Reads the stored list; a list this version cannot read is dropped, and said so.
    pub fn provide() -> Following {
        let storage = storage();
        let text = storage
            .as_ref()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let (list, problem) = match text.as_deref().map(WatchList::from_stored) {
            None => (WatchList::default(), None),
            Some(Ok(list)) => (list, None),
            Some(Err(problem)) => {
                if let Some(storage) = &storage {
                    let _ = storage.remove_item(STORAGE_KEY);
                }
                (WatchList::default(), Some(problem))
            }
        };
        let following = Following {
            list: RwSignal::new(list),
            problem: RwSignal::new(problem),
            stored: storage.is_some(),
        };
        provide_context(following);
        following
    }

    pub fn get() -> Following {
        expect_context::<Following>()
    }

    /// Reads the list, tracked.
    pub fn with<T>(&self, read: impl FnOnce(&WatchList) -> T) -> T {
        self.list.with(read)
    }

    /// Changes the list and stores it.
    pub fn change(&self, edit: impl FnOnce(&mut WatchList)) {
        self.list.update(edit);
        // Called from event handlers: the list as just changed.
        let text = self.list.with_untracked(WatchList::to_stored);
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, &text);
        }
    }

    pub fn toggle(&self, target: Target) {
        self.change(|list| list.toggle(target));
    }

    /// Forgets the list: nothing of it stays on the device.
    pub fn forget(&self) {
        self.list.set(WatchList::default());
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
