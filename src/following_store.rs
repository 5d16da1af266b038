//! The watch list of this device: read from `localStorage`, written back on every change.
//! Nothing of it leaves the device, and nothing of it is in the URL: the view a link shows is
//! the same on every device, the follow marks are this device's own.

use leptos::prelude::*;

use crate::logic::following::{StoredProblem, Target, WatchList, STORAGE_KEY};

#[derive(Clone, Copy)]
pub struct Following {
    list: RwSignal<WatchList>,
    /// Why the stored list could not be used, until the reader dismisses it.
    pub problem: RwSignal<Option<StoredProblem>>,
    /// Whether the browser keeps it at all (no storage in some private modes).
    pub stored: bool,
    /// False while the stored list is a newer version's: this page must not overwrite it.
    writable: StoredValue<bool>,
}

/// The stored list, or why it cannot be used.
fn read(storage: &web_sys::Storage) -> Option<Result<WatchList, StoredProblem>> {
    let text = storage.get_item(STORAGE_KEY).ok().flatten()?;
    Some(WatchList::from_stored(&text))
}

impl Following {
    /// Reads the stored list. One this version cannot read is dropped, and said so; one a
    /// newer version wrote is left alone (and said so), and this page keeps its changes in
    /// memory only.
    pub fn provide() -> Following {
        let storage = storage();
        let (list, problem, writable) = match storage.as_ref().and_then(read) {
            None => (WatchList::default(), None, true),
            Some(Ok(list)) => (list, None, true),
            Some(Err(problem @ StoredProblem::NewerVersion(_))) => {
                (WatchList::default(), Some(problem), false)
            }
            Some(Err(problem)) => {
                if let Some(storage) = &storage {
                    let _ = storage.remove_item(STORAGE_KEY);
                }
                (WatchList::default(), Some(problem), true)
            }
        };
        let following = Following {
            list: RwSignal::new(list),
            problem: RwSignal::new(problem),
            stored: storage.is_some(),
            writable: StoredValue::new(writable),
        };
        // Another tab changed the list: show it here too, so that this tab's next change
        // starts from it instead of writing its own older copy over it.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(STORAGE_KEY) {
                following.reload();
            }
        });
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

    /// The stored list again, if it can be read.
    fn reload(&self) {
        if let Some(Some(Ok(list))) = storage().map(|s| read(&s)) {
            self.list.set(list);
        }
    }

    /// Changes the list and stores it.
    pub fn change(&self, edit: impl FnOnce(&mut WatchList)) {
        // From the stored list, which another tab may have changed since this one read it.
        if self.writable.get_value() {
            self.reload();
        }
        self.list.update(edit);
        if !self.writable.get_value() {
            return;
        }
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
        self.writable.set_value(true);
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
