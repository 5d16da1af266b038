//! The archive as it arrives, in the browser: what `logic::loading` decides (the newest issue
//! alone, the rest after its cards are painted, rebuilds, retries), carried out with fetches
//! and tasks; the progress line, a failed issue named with Retry, and what is new since this
//! device's last visit.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::sleep;
use crate::data::{load_issue, LoadError};
use crate::logic::archive::{assemble, issues_since, IssueFailure, Manifest};
use crate::logic::library::Library;
use crate::logic::loading::{Action, Loading};
use crate::model::Dataset;

/// Where this device keeps the newest issue its reader has seen (the only thing it keeps).
pub const SEEN_KEY: &str = "standards-radar:newest-issue-seen";

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
        let total = manifest.issues.len();
        let loader = Rc::new(Loader {
            machine: RefCell::new(Loading::new(manifest.newest_first())),
            answers: RefCell::new(vec![None; total]),
            manifest,
            load,
            status: self.status,
        });
        self.status.set(Some(ArchiveStatus {
            total,
            new_issues,
            ..ArchiveStatus::default()
        }));
        self.loader.set_value(Some(loader.clone()));
        let actions = loader.machine.borrow_mut().start();
        Loader::carry_out(&loader, actions);
    }

    /// Fetches again every issue that failed.
    pub fn retry(&self) {
        let Some(loader) = self.loader.get_value() else {
            return;
        };
        let actions = loader.machine.borrow_mut().retry();
        Loader::carry_out(&loader, actions);
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

/// Carries out what `logic::loading` decides, and holds what it does not: what each issue's
/// fetch gave, its data or why it failed.
struct Loader {
    manifest: Manifest,
    machine: RefCell<Loading>,
    answers: RefCell<Vec<Option<Result<Dataset, IssueFailure>>>>,
    load: RwSignal<Load>,
    status: RwSignal<Option<ArchiveStatus>>,
}

impl Loader {
    fn carry_out(this: &Rc<Loader>, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Fetch(issues) => issues.into_iter().for_each(|i| fetch(this, i)),
                Action::FetchAfterPaint(issues) => fetch_after_paint(this, issues),
                Action::Build { complete } => Loader::build(this, complete),
                Action::Fail => this
                    .load
                    .set(Load::Failed(LoadError::NoIssue(this.manifest.issues.len()))),
                Action::WakeAt(at) => {
                    let this = this.clone();
                    let wait = (at - crate::browser::now_ms()).max(0.0);
                    leptos::task::spawn_local(async move {
                        sleep(wait as i32).await;
                        let actions = this.machine.borrow_mut().woke();
                        Loader::carry_out(&this, actions);
                    });
                }
            }
        }
        this.report();
    }

    fn arrive(this: &Rc<Loader>, index: usize, result: Result<Dataset, IssueFailure>) {
        let loaded = result.is_ok();
        if let Some(slot) = this.answers.borrow_mut().get_mut(index) {
            *slot = Some(result);
        }
        let now = crate::browser::now_ms();
        let actions = this.machine.borrow_mut().arrived(index, loaded, now);
        Loader::carry_out(this, actions);
    }

    /// Builds the library of the issues that are in and shows it: the copy, the library and
    /// the drawing each in a task of its own, so the page answers input in between.
    fn build(this: &Rc<Loader>, complete: bool) {
        let this = this.clone();
        leptos::task::spawn_local(async move {
            let loaded: Vec<(usize, Dataset)> = this
                .answers
                .borrow()
                .iter()
                .enumerate()
                .filter_map(|(i, answer)| Some((i, answer.as_ref()?.as_ref().ok()?.clone())))
                .collect();
            sleep(0).await;
            let data =
                crate::browser::measured("radar:assemble", || assemble(&this.manifest, &loaded));
            drop(loaded);
            sleep(0).await;
            let library = crate::browser::measured("radar:library", || Library::new(data));
            sleep(0).await;
            // The explorer stays mounted: the new library flows into it, the search box and its
            // focus stay as they are.
            this.load.set(Load::Ready(Arc::new(library)));
            if complete {
                crate::browser::after_next_paint().await;
                crate::browser::mark("radar:archive-complete");
            }
            let actions = this.machine.borrow_mut().built(crate::browser::now_ms());
            Loader::carry_out(&this, actions);
        });
    }

    /// The progress line and the failed issues' notice.
    fn report(&self) {
        let machine = self.machine.borrow();
        let answers = self.answers.borrow();
        let failed = machine
            .failed()
            .into_iter()
            .filter_map(|i| {
                let title = self.manifest.issues.get(i)?.title.clone();
                let why = answers.get(i)?.as_ref()?.as_ref().err()?.to_string();
                Some((title, why))
            })
            .collect();
        let loaded = machine.loaded();
        self.status.update(|s| {
            if let Some(s) = s {
                s.loaded = loaded;
                s.failed = failed;
            }
        });
    }
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

/// Issues fetched once the current cards are painted, a few requests per task: starting sixty
/// at once held the page for 70 ms.
fn fetch_after_paint(loader: &Rc<Loader>, issues: Vec<usize>) {
    const PER_TASK: usize = 8;
    let loader = loader.clone();
    leptos::task::spawn_local(async move {
        crate::browser::after_next_paint().await;
        for batch in issues.chunks(PER_TASK) {
            for &index in batch {
                fetch(&loader, index);
            }
            sleep(0).await;
        }
    });
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
