//! The explorer's shared state: the dataset, its catalog, and the view the URL describes.
//! Components read it from context; every change goes through `Explorer::go`, into the URL.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use time::Date;

use crate::logic::calendar::{occurrences, Occurrence};
use crate::logic::catalog::Catalog;
use crate::logic::filter::{select, unknown_values, TagFacet};
use crate::logic::query::{parse, Notice, ViewState};
use crate::logic::text::terms;
use crate::model::{Article, Dataset};

#[derive(Clone, Copy)]
pub struct Explorer {
    pub data: StoredValue<Arc<Dataset>>,
    pub catalog: StoredValue<Arc<Catalog>>,
    /// The view, parsed from the URL's query string.
    pub state: Memo<ViewState>,
    /// What the URL asked for that could not be used.
    pub notices: Memo<Vec<Notice>>,
    /// Indices into the articles, in display order.
    pub results: Memo<Vec<usize>>,
    pub facets: Memo<Vec<TagFacet>>,
    /// The folded search words, for highlighting.
    pub terms: Memo<Vec<String>>,
    /// The events of the matching articles (of the selected kinds), chronological.
    pub events: Memo<Vec<Occurrence>>,
    /// The reader's calendar date, for deadline status and the calendar's "today".
    pub today: Date,
    /// How many articles of the file could not be read.
    pub skipped: usize,
    pathname: Memo<String>,
    navigate: StoredValue<Navigate>,
}

/// The router's navigate function, kept so event handlers can call it.
type Navigate = Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

impl Explorer {
    pub fn provide(data: Dataset) -> Explorer {
        let skipped = data.skipped.len();
        let catalog = Arc::new(Catalog::new(&data));
        let data = Arc::new(data);
        let location = use_location();
        let parsed = Memo::new(move |_| parse(&location.search.get()));
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let (data_ref, catalog_ref) = (data.clone(), catalog.clone());
        let notices = Memo::new(move |_| {
            let mut all = parsed.with(|(_, n)| n.clone());
            state.with(|s| all.extend(unknown_values(&data_ref, &catalog_ref, s)));
            all
        });
        let (data_ref, catalog_ref) = (data.clone(), catalog.clone());
        // One pass per view change: the list and the cloud share the filter and the search.
        let selection = Memo::new(move |_| {
            state.with(|s| {
                crate::browser::measured("radar:recompute", || select(&data_ref, &catalog_ref, s))
            })
        });
        let results = Memo::new(move |_| selection.with(|s| s.results.clone()));
        let facets = Memo::new(move |_| selection.with(|s| s.facets.clone()));
        let terms = Memo::new(move |_| state.with(|s| terms(&s.q)));
        let data_ref = data.clone();
        let events = Memo::new(move |_| {
            let kinds = state.with(|s| s.kinds.clone());
            results.with(|r| occurrences(&data_ref, r, &kinds))
        });
        leptos::task::spawn_local(build_search_index(data.clone(), catalog.clone()));
        let navigate = use_navigate();
        let explorer = Explorer {
            data: StoredValue::new(data),
            catalog: StoredValue::new(catalog),
            state,
            notices,
            results,
            facets,
            terms,
            events,
            today: crate::browser::today(),
            skipped,
            pathname: location.pathname,
            navigate: StoredValue::new(Arc::new(navigate)),
        };
        provide_context(explorer);
        explorer
    }

    /// The explorer of the page; components are only ever mounted inside it.
    pub fn get() -> Explorer {
        expect_context::<Explorer>()
    }

    /// Shows `next`: a new history entry, or a replaced one (`replace`) for changes that come
    /// keystroke by keystroke.
    pub fn go(&self, next: &ViewState, replace: bool) {
        // The full current path, so the router neither resolves nor re-prefixes the base.
        let query = next.to_query();
        let path = self.pathname.get_untracked();
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        self.navigate.with_value(|navigate| {
            navigate(
                &target,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    }

    pub fn article(&self, index: usize) -> Option<Article> {
        self.data.with_value(|d| d.articles.get(index).cloned())
    }

    pub fn total(&self) -> usize {
        self.data.with_value(|d| d.articles.len())
    }
}

/// Builds the search index once the first cards are on screen, in steps of a few
/// milliseconds between which the page answers input, so the first search finds it ready.
async fn build_search_index(data: Arc<Dataset>, catalog: Arc<Catalog>) {
    // Input that arrives during a step waits for its end: 4 ms keeps a click's delay small.
    const STEP_MS: f64 = 4.0;
    const ARTICLES_PER_CHECK: usize = 8;
    crate::browser::after_next_paint().await;
    loop {
        let started = crate::browser::now_ms();
        while crate::browser::now_ms() - started < STEP_MS {
            if catalog.prepare_search(&data, ARTICLES_PER_CHECK) {
                crate::browser::mark("radar:search-ready");
                return;
            }
        }
        crate::browser::yield_to_browser().await;
    }
}

/// The link to a view: relative (query only), so the app works under any base path.
pub fn href(state: &ViewState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        // "./" keeps the path (and the base) and drops the query.
        "./".to_string()
    } else {
        format!("?{query}")
    }
}
