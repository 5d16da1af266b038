//! The explorer's shared state: the dataset, its catalog, and the view the URL describes.
//! Components read it from context; every change goes through `Explorer::go`, into the URL.

use std::sync::Arc;

use leptos::prelude::*;

use time::Date;

use crate::logic::calendar::{occurrences, Occurrence};
use crate::logic::facets::{Facet, FacetCounts};
use crate::logic::filter::{select, unknown_values};
use crate::logic::library::Library;
pub use crate::logic::paths::view_href as href;
use crate::logic::registry::FacetKind;
use crate::logic::text::terms;
use crate::logic::url::{parse, Notice};
use crate::logic::view::{Change, ViewState};
use crate::model::ArticleIx;
use crate::navigation::Navigation;

/// A library, equal to another only when it is the same one: a new library (more issues in)
/// is a change, and the same one handed again is not.
#[derive(Clone)]
pub struct Shared(pub Arc<Library>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Copy)]
pub struct Explorer {
    /// The dataset and its catalog: a new one replaces it when more issues are in, and what
    /// is derived from it follows; the explorer stays mounted.
    pub library: Memo<Shared>,
    /// The view, parsed from the URL's query string.
    pub state: Memo<ViewState>,
    /// What the URL asked for that could not be used.
    pub notices: Memo<Vec<Notice>>,
    /// The matching articles, in display order.
    pub results: Memo<Vec<ArticleIx>>,
    /// Every facet's values with their counts (the registry's facets, in its order).
    facets: Memo<FacetCounts>,
    /// The folded search words, for highlighting.
    pub terms: Memo<Vec<String>>,
    /// The events of the matching articles (of the selected kinds), chronological.
    pub events: Memo<Vec<Occurrence>>,
    /// The reader's calendar date, for deadline status and the calendar's "today".
    pub today: Date,
    navigation: Navigation,
}

impl Explorer {
    pub fn provide(library: Memo<Shared>) -> Explorer {
        let navigation = Navigation::get();
        let parsed = Memo::new(move |_| parse(&navigation.search()));
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let notices = Memo::new(move |_| {
            let mut all = parsed.with(|(_, n)| n.clone());
            library.with(|Shared(lib)| {
                state.with(|s| all.extend(unknown_values(lib.data(), lib.catalog(), s)))
            });
            all
        });
        // One pass per view change: the list and the cloud share the filter and the search.
        let selection = Memo::new(move |_| {
            library.with(|Shared(lib)| {
                state.with(|s| {
                    crate::browser::measured("radar:recompute", || {
                        select(lib.data(), lib.catalog(), s)
                    })
                })
            })
        });
        let results = Memo::new(move |_| selection.with(|s| s.results.clone()));
        let facets = Memo::new(move |_| selection.with(|s| s.facets.clone()));
        let terms = Memo::new(move |_| state.with(|s| terms(&s.q)));
        let events = Memo::new(move |_| {
            let kinds = state.with(ViewState::event_kinds);
            library.with(|Shared(lib)| results.with(|r| occurrences(lib.data(), r, &kinds)))
        });
        // Each library's search index, built once its cards are on screen.
        Effect::new(move |_| {
            let lib = library.with(|Shared(lib)| lib.clone());
            leptos::task::spawn_local(build_search_index(lib));
        });
        let explorer = Explorer {
            library,
            state,
            notices,
            results,
            facets,
            terms,
            events,
            today: crate::browser::today(),
            navigation,
        };
        provide_context(explorer);
        explorer
    }

    /// The explorer of the page; components are only ever mounted inside it.
    pub fn get() -> Explorer {
        expect_context::<Explorer>()
    }

    /// One facet's values with their counts, following the view.
    pub fn facet(&self, facet: FacetKind) -> Memo<Vec<Facet>> {
        let facets = self.facets;
        Memo::new(move |_| facets.with(|all| all.of(facet).to_vec()))
    }

    /// Applies `change` to the view: from an event handler, so the state is read as it is at
    /// the moment of the click (untracked: nothing renders from it).
    pub fn go(&self, change: Change) {
        // Called from event handlers only: the view at the moment of the click.
        let (next, history) = self
            .state
            .with_untracked(|s| (s.apply(&change), s.history(&change)));
        self.navigation.navigate(&next.to_query(), history);
    }

    /// The link to the view after `change`, following the current view as it changes.
    pub fn link(&self, change: Change) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let state = self.state;
        move || state.with(|s| href(&s.apply(&change)))
    }

    /// The link to the view after a change that itself follows the view (the month after the
    /// one shown).
    pub fn link_to(
        &self,
        change: impl Fn() -> Change + Clone + Send + Sync + 'static,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let state = self.state;
        move || {
            let change = change();
            state.with(|s| href(&s.apply(&change)))
        }
    }

    /// Reads the library, tracked: what reads it in a render follows a new library.
    pub fn with_library<T>(&self, read: impl FnOnce(&Library) -> T) -> T {
        self.library.with(|Shared(library)| read(library))
    }

    pub fn total(&self) -> usize {
        self.with_library(|l| l.data().articles.len())
    }

    /// How many articles of the files could not be read.
    pub fn skipped(&self) -> usize {
        self.with_library(|l| l.data().skipped.len())
    }
}

/// Builds the search index once the first cards are on screen, in steps of a few
/// milliseconds between which the page answers input, so the first search finds it ready.
async fn build_search_index(library: Arc<Library>) {
    // Input that arrives during a step waits for its end: 4 ms keeps a click's delay small.
    const STEP_MS: f64 = 4.0;
    const ARTICLES_PER_CHECK: usize = 8;
    crate::browser::after_next_paint().await;
    loop {
        // Only this task holds the library once a new one replaced it (more issues arrived):
        // indexing it further would be wasted.
        if Arc::strong_count(&library) == 1 {
            return;
        }
        let started = crate::browser::now_ms();
        while crate::browser::now_ms() - started < STEP_MS {
            if library.prepare_search(ARTICLES_PER_CHECK) {
                crate::browser::mark("radar:search-ready");
                return;
            }
        }
        crate::browser::yield_to_browser().await;
    }
}
