//! The archive as it arrives: the newest issue fetched alone and shown as soon as it is in,
//! the rest fetched once its cards are painted and joining when all are in (or every few
//! seconds on a slow link), a failed issue named with Retry, and what is new since this
//! device's last visit.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::sleep;
use crate::data::{load_issue, LoadError};
use crate::logic::archive::{assemble, issues_since, IssueFailure, Manifest};
use crate::logic::library::Library;
use crate::model::Dataset;

/// Where this device keeps the newest issue its reader has seen (the only thing it keeps).
pub const SEEN_KEY: &str = "standards-radar:newest-issue-seen";

/// How often the list may be rebuilt while issues keep arriving: each rebuild redraws it.
const REBUILD_MS: f64 = 3000.0;

/// Where loading stands. The library is built as soon as the data arrives, off the render.
#[derive(Clone)]
pub enum Load {
    Pending,
    Ready(Arc<Library>),
    Failed(LoadError),
}

/// What the page says about the archive while and after it loads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArchiveStatus {
    pub total: usize,
    pub loaded: usize,
    /// Issues that could not be loaded: their titles, and why.
    pub failed: Vec<(String, String)>,
    /// Issues that came out since this device's last visit, newest first.
    pub new_issues: Vec<String>,
}

impl ArchiveStatus {
    pub fn is_new(&self, issue: &str) -> bool {
        self.new_issues.iter().any(|i| i == issue)
    }
}

/// The archive's status for the components, and the way to retry failed issues.
#[derive(Clone, Copy)]
pub struct Archive {
    pub status: RwSignal<Option<ArchiveStatus>>,
    loader: StoredValue<Option<Rc<Loader>>, LocalStorage>,
}

impl Default for Archive {
    fn default() -> Archive {
        Archive {
            status: RwSignal::new(None),
            loader: StoredValue::new_local(None),
        }
    }
}

impl Archive {
    /// Loads every issue of `manifest`, setting `load` as they come.
    pub fn start(&self, manifest: Manifest, load: RwSignal<Load>) {
        let new_issues = remember_newest(&manifest);
        let loader = Rc::new(Loader {
            slots: RefCell::new(manifest.issues.iter().map(|_| Slot::Pending).collect()),
            newest: manifest.newest_first().first().copied(),
            manifest,
            shown: Cell::new(false),
            built_at: Cell::new(0.0),
            building: Cell::new(false),
            build_again: Cell::new(false),
            rest_started: Cell::new(false),
            load,
            status: self.status,
        });
        self.status.set(Some(ArchiveStatus {
            total: loader.manifest.issues.len(),
            new_issues,
            ..ArchiveStatus::default()
        }));
        self.loader.set_value(Some(loader.clone()));
        if loader.manifest.issues.is_empty() {
            load.set(Load::Failed(LoadError::NoIssue(0)));
        }
        // The newest issue alone first, so the first cards need only it (its download is
        // not shared with the others', nor its turn on the main thread); the rest once it is in.
        match loader.newest {
            Some(newest) => fetch(&loader, newest),
            None => fetch_rest(&loader),
        }
    }

    /// Fetches again every issue that failed.
    pub fn retry(&self) {
        let Some(loader) = self.loader.get_value() else {
            return;
        };
        let failed: Vec<usize> = loader
            .slots
            .borrow()
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s, Slot::Failed(_)))
            .map(|(i, _)| i)
            .collect();
        for index in failed {
            if let Some(slot) = loader.slots.borrow_mut().get_mut(index) {
                *slot = Slot::Pending;
            }
            fetch(&loader, index);
        }
        loader.report();
    }

    /// Forgets the newest issue this device has seen: the next visit marks nothing as new.
    pub fn forget(&self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(SEEN_KEY);
        }
        self.status.update(|s| {
            if let Some(s) = s {
                s.new_issues.clear();
            }
        });
    }
}

enum Slot {
    Pending,
    Loaded(Dataset),
    Failed(IssueFailure),
}

struct Loader {
    manifest: Manifest,
    slots: RefCell<Vec<Slot>>,
    /// The newest issue's position: the first cards wait for it.
    newest: Option<usize>,
    shown: Cell<bool>,
    built_at: Cell<f64>,
    /// A build is under way; another was asked for meanwhile.
    building: Cell<bool>,
    build_again: Cell<bool>,
    rest_started: Cell<bool>,
    load: RwSignal<Load>,
    status: RwSignal<Option<ArchiveStatus>>,
}

fn fetch(loader: &Rc<Loader>, index: usize) {
    let Some(entry) = loader.manifest.issues.get(index).cloned() else {
        return;
    };
    let loader = loader.clone();
    leptos::task::spawn_local(async move {
        let result = load_issue(entry).await;
        Loader::arrive(&loader, index, result);
    });
}

/// Every issue but the newest, newest first, a few requests per task: starting sixty at once
/// held the page for 70 ms.
fn fetch_rest(loader: &Rc<Loader>) {
    const PER_TASK: usize = 8;
    if loader.rest_started.replace(true) {
        return;
    }
    let loader = loader.clone();
    leptos::task::spawn_local(async move {
        let rest: Vec<usize> = loader
            .manifest
            .newest_first()
            .into_iter()
            .filter(|&i| Some(i) != loader.newest)
            .collect();
        for batch in rest.chunks(PER_TASK) {
            for &index in batch {
                fetch(&loader, index);
            }
            sleep(0).await;
        }
    });
}

impl Loader {
    fn arrive(this: &Rc<Loader>, index: usize, result: Result<Dataset, IssueFailure>) {
        let newest_failed = Some(index) == this.newest && result.is_err();
        this.take(index, result);
        // The rest wait for the first cards (`build`), unless there will be none from the newest.
        if newest_failed {
            fetch_rest(this);
        }
        Loader::next_step(this);
    }

    fn take(&self, index: usize, result: Result<Dataset, IssueFailure>) {
        if let Some(slot) = self.slots.borrow_mut().get_mut(index) {
            *slot = match result {
                Ok(data) => Slot::Loaded(data),
                Err(failure) => Slot::Failed(failure),
            };
        }
        self.report();
    }

    /// What the arrival of an issue leads to: the first cards, a rebuild, or the end.
    fn next_step(this: &Rc<Loader>) {
        let slots = this.slots.borrow();
        let pending = slots.iter().filter(|s| matches!(s, Slot::Pending)).count();
        let loaded = slots
            .iter()
            .filter(|s| matches!(s, Slot::Loaded(_)))
            .count();
        let newest_in = this
            .newest
            .and_then(|n| slots.get(n))
            .is_some_and(|s| !matches!(s, Slot::Pending));
        drop(slots);
        let now = crate::browser::now_ms();
        let rebuild = if !this.shown.get() {
            newest_in && loaded > 0
        } else {
            pending == 0 || now - this.built_at.get() > REBUILD_MS
        };
        if rebuild {
            Loader::build(this);
        } else if pending == 0 && loaded == 0 {
            this.load
                .set(Load::Failed(LoadError::NoIssue(this.manifest.issues.len())));
        }
    }

    /// Builds the library of the issues that are in and shows it: the copy, the library and
    /// the drawing each in a task of its own, so the page answers input in between.
    fn build(this: &Rc<Loader>) {
        if this.building.replace(true) {
            this.build_again.set(true);
            return;
        }
        let this = this.clone();
        leptos::task::spawn_local(async move {
            loop {
                this.build_again.set(false);
                let complete = this
                    .slots
                    .borrow()
                    .iter()
                    .all(|s| !matches!(s, Slot::Pending));
                let loaded: Vec<(usize, Dataset)> = this
                    .slots
                    .borrow()
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| match s {
                        Slot::Loaded(data) => Some((i, data.clone())),
                        _ => None,
                    })
                    .collect();
                sleep(0).await;
                let data = crate::browser::measured("radar:assemble", || {
                    assemble(&this.manifest, &loaded)
                });
                drop(loaded);
                sleep(0).await;
                let library = crate::browser::measured("radar:library", || Library::new(data));
                sleep(0).await;
                let first = !this.shown.replace(true);
                this.built_at.set(crate::browser::now_ms());
                // A reader typing a search while issues arrive keeps the search box.
                let focus = crate::browser::focus_snapshot();
                this.load.set(Load::Ready(Arc::new(library)));
                if let Some(focus) = focus {
                    sleep(0).await;
                    crate::browser::restore_focus(focus);
                }
                if first {
                    crate::browser::after_next_paint().await;
                    fetch_rest(&this);
                }
                if complete {
                    crate::browser::after_next_paint().await;
                    crate::browser::mark("radar:archive-complete");
                }
                if !this.build_again.get() {
                    break;
                }
            }
            this.building.set(false);
        });
    }

    /// The progress line and the failed issues' notice.
    fn report(&self) {
        let slots = self.slots.borrow();
        let loaded = slots
            .iter()
            .filter(|s| matches!(s, Slot::Loaded(_)))
            .count();
        let failed = slots
            .iter()
            .zip(&self.manifest.issues)
            .filter_map(|(s, e)| match s {
                Slot::Failed(why) => Some((e.title.clone(), why.to_string())),
                _ => None,
            })
            .collect();
        self.status.update(|s| {
            if let Some(s) = s {
                s.loaded = loaded;
                s.failed = failed;
            }
        });
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The issues new since the last visit, and this visit's newest issue remembered for the next.
fn remember_newest(manifest: &Manifest) -> Vec<String> {
    let storage = local_storage();
    let seen = storage
        .as_ref()
        .and_then(|s| s.get_item(SEEN_KEY).ok().flatten());
    let new_issues = issues_since(manifest, seen.as_deref());
    let newest = manifest
        .newest_first()
        .first()
        .and_then(|&i| manifest.issues.get(i));
    if let (Some(storage), Some(newest)) = (storage, newest) {
        let _ = storage.set_item(SEEN_KEY, &newest.id);
    }
    new_issues
}
