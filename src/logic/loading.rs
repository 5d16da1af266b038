//! How the archive loads, as a pure state machine: what happens when it starts, when an issue
//! arrives or fails, when the reader retries, and when a build of the library has been shown.
//! Each step returns the actions to carry out (fetch these issues, build the library, give up);
//! the browser part (`archive_load`) only carries them out and reports back, so every rule
//! here is tested natively.
//!
//! The rules: the newest issue is fetched alone, so the first cards need only it; the rest
//! once its cards are painted (at once if it failed); the library is rebuilt when every issue
//! is in, or at most every `REBUILD_MS` while they keep arriving on a slow link; one build at a
//! time, and a build asked for meanwhile runs right after; nothing loaded at all is a failure.

/// How often the library may be rebuilt while issues keep arriving.
pub const REBUILD_MS: f64 = 3000.0;

/// Where one issue stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Pending,
    Loaded,
    Failed,
}

/// What the browser part must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Fetch these issues (positions in the manifest) now.
    Fetch(Vec<usize>),
    /// Fetch these issues once the current cards are painted, a few per task.
    FetchAfterPaint(Vec<usize>),
    /// Build the library of the issues that are in and show it; `complete`: every issue is
    /// in (loaded or failed), so this is the last build.
    Build { complete: bool },
    /// No issue could be loaded: show the error.
    Fail,
    /// Call `woke` at this time (ms): an issue arrived too soon after the last build to
    /// rebuild at once, and must not wait for the next arrival to be shown.
    WakeAt(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    slots: Vec<Slot>,
    /// Positions newest first.
    order: Vec<usize>,
    /// Whether a library has been shown.
    shown: bool,
    /// When the last build was shown (ms).
    built_at: f64,
    building: bool,
    build_again: bool,
    rest_started: bool,
    /// An issue was loaded since the last build began: a rebuild would show more.
    fresh: bool,
    /// A `WakeAt` is out.
    waiting: bool,
}

impl Loading {
    /// `newest_first`: the manifest's positions, newest first (`Manifest::newest_first`).
    pub fn new(newest_first: Vec<usize>) -> Loading {
        Loading {
            slots: vec![Slot::Pending; newest_first.len()],
            order: newest_first,
            shown: false,
            built_at: 0.0,
            building: false,
            build_again: false,
            rest_started: false,
            fresh: false,
            waiting: false,
        }
    }

    fn newest(&self) -> Option<usize> {
        self.order.first().copied()
    }

    /// The first actions: the newest issue alone (nothing to load is a failure).
    pub fn start(&mut self) -> Vec<Action> {
        match self.newest() {
            Some(newest) => vec![Action::Fetch(vec![newest])],
            None => vec![Action::Fail],
        }
    }

    /// Issue `index` arrived (`loaded`) or failed, at `now` (ms).
    pub fn arrived(&mut self, index: usize, loaded: bool, now: f64) -> Vec<Action> {
        let Some(slot) = self.slots.get_mut(index) else {
            return Vec::new();
        };
        *slot = if loaded { Slot::Loaded } else { Slot::Failed };
        self.fresh |= loaded;
        let mut actions = Vec::new();
        // The rest wait for the first cards, unless the newest will give none.
        if !loaded && Some(index) == self.newest() && !self.shown {
            actions.extend(self.rest(false));
        }
        actions.extend(self.next_step(now));
        actions
    }

    /// The reader asked to retry the failed issues.
    pub fn retry(&mut self) -> Vec<Action> {
        let failed: Vec<usize> = self.failed();
        for index in &failed {
            if let Some(slot) = self.slots.get_mut(*index) {
                *slot = Slot::Pending;
            }
        }
        if failed.is_empty() {
            Vec::new()
        } else {
            vec![Action::Fetch(failed)]
        }
    }

    /// The time a `WakeAt` asked for has come.
    pub fn woke(&mut self) -> Vec<Action> {
        self.waiting = false;
        // Only what arrived since the last build is worth one: the rest was shown or is on
        // its way to be.
        if self.fresh {
            self.request_build()
        } else {
            Vec::new()
        }
    }

    /// A build was carried out and shown at `now`.
    pub fn built(&mut self, now: f64) -> Vec<Action> {
        let first = !self.shown;
        self.shown = true;
        self.built_at = now;
        let mut actions = Vec::new();
        if first {
            actions.extend(self.rest(true));
        }
        if self.build_again {
            self.build_again = false;
            self.fresh = false;
            actions.push(Action::Build {
                complete: self.pending() == 0,
            });
        } else {
            self.building = false;
        }
        actions
    }

    fn next_step(&mut self, now: f64) -> Vec<Action> {
        let (pending, loaded) = (self.pending(), self.loaded());
        let newest_in = self
            .newest()
            .and_then(|n| self.slots.get(n))
            .is_some_and(|s| *s != Slot::Pending);
        let rebuild = if self.shown {
            pending == 0 || now - self.built_at > REBUILD_MS
        } else {
            newest_in && loaded > 0
        };
        if rebuild {
            self.request_build()
        } else if pending == 0 && loaded == 0 {
            vec![Action::Fail]
        } else if self.shown && self.fresh && !self.waiting {
            self.waiting = true;
            vec![Action::WakeAt(self.built_at + REBUILD_MS)]
        } else {
            Vec::new()
        }
    }

    fn request_build(&mut self) -> Vec<Action> {
        if self.building {
            self.build_again = true;
            return Vec::new();
        }
        self.building = true;
        self.fresh = false;
        vec![Action::Build {
            complete: self.pending() == 0,
        }]
    }

    /// Every issue but the newest, newest first, once.
    fn rest(&mut self, after_paint: bool) -> Vec<Action> {
        if self.rest_started {
            return Vec::new();
        }
        self.rest_started = true;
        let rest: Vec<usize> = self.order.iter().skip(1).copied().collect();
        if rest.is_empty() {
            Vec::new()
        } else if after_paint {
            vec![Action::FetchAfterPaint(rest)]
        } else {
            vec![Action::Fetch(rest)]
        }
    }

    pub fn slot(&self, index: usize) -> Option<Slot> {
        self.slots.get(index).copied()
    }

    pub fn pending(&self) -> usize {
        self.count(Slot::Pending)
    }

    pub fn loaded(&self) -> usize {
        self.count(Slot::Loaded)
    }

    /// The failed issues' positions, in the manifest's order.
    pub fn failed(&self) -> Vec<usize> {
        (0..self.slots.len())
            .filter(|&i| self.slots.get(i) == Some(&Slot::Failed))
            .collect()
    }

    fn count(&self, of: Slot) -> usize {
        self.slots.iter().filter(|s| **s == of).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three issues listed oldest first in the manifest: 2 is the newest, then 0, then 1.
    fn three() -> Loading {
        Loading::new(vec![2, 0, 1])
    }

    #[test]
    fn the_newest_issue_comes_alone_and_the_rest_after_its_cards_are_painted() {
        let mut loading = three();
        assert_eq!(loading.start(), vec![Action::Fetch(vec![2])]);
        assert_eq!(
            loading.arrived(2, true, 10.0),
            vec![Action::Build { complete: false }]
        );
        assert_eq!(
            loading.built(20.0),
            vec![Action::FetchAfterPaint(vec![0, 1])],
            "the rest only once the first cards are shown"
        );
        assert_eq!(
            loading.arrived(0, true, 30.0),
            vec![Action::WakeAt(20.0 + REBUILD_MS)],
            "within the rebuild interval: shown when it is over"
        );
        assert_eq!(
            loading.arrived(1, true, 40.0),
            vec![Action::Build { complete: true }],
            "everything in: the last build"
        );
        assert_eq!(loading.built(50.0), vec![]);
    }

    #[test]
    fn a_slow_link_rebuilds_at_most_every_interval() {
        let mut loading = Loading::new(vec![0, 1, 2, 3]);
        loading.start();
        loading.arrived(0, true, 0.0);
        loading.built(100.0);
        assert_eq!(
            loading.arrived(1, true, 100.0 + REBUILD_MS - 1.0),
            vec![Action::WakeAt(100.0 + REBUILD_MS)]
        );
        assert_eq!(
            loading.arrived(2, true, 100.0 + REBUILD_MS + 1.0),
            vec![Action::Build { complete: false }]
        );
    }

    #[test]
    fn an_issue_that_arrives_too_soon_after_a_build_is_shown_at_the_interval_not_at_the_next_arrival(
    ) {
        let mut loading = Loading::new(vec![0, 1, 2]);
        loading.start();
        loading.arrived(0, true, 0.0);
        loading.built(100.0);
        assert_eq!(
            loading.arrived(1, true, 200.0),
            vec![Action::WakeAt(100.0 + REBUILD_MS)],
            "too soon to rebuild: a wake-up, not silence"
        );
        assert_eq!(
            loading.arrived(2, false, 300.0),
            vec![Action::Build { complete: true }]
        );
        loading.built(400.0);
        assert_eq!(
            loading.woke(),
            vec![],
            "everything was shown: the wake-up builds nothing"
        );

        let mut slow = Loading::new(vec![0, 1, 2]);
        slow.start();
        slow.arrived(0, true, 0.0);
        slow.built(100.0);
        assert_eq!(
            slow.arrived(1, true, 200.0),
            vec![Action::WakeAt(100.0 + REBUILD_MS)]
        );
        assert_eq!(
            slow.woke(),
            vec![Action::Build { complete: false }],
            "issue 2 still pending: issue 1 is shown at the interval"
        );
        slow.built(100.0 + REBUILD_MS + 10.0);
        assert_eq!(slow.woke(), vec![], "nothing new since: no build");
    }

    #[test]
    fn one_build_at_a_time_and_one_asked_for_meanwhile_runs_next() {
        let mut loading = Loading::new(vec![0, 1, 2]);
        loading.start();
        assert_eq!(
            loading.arrived(0, true, 0.0),
            vec![Action::Build { complete: false }]
        );
        // The first build is still under way when the others arrive.
        assert_eq!(loading.arrived(1, true, 1.0), vec![]);
        assert_eq!(loading.arrived(2, true, 2.0), vec![]);
        assert_eq!(
            loading.built(3.0),
            vec![
                Action::FetchAfterPaint(vec![1, 2]),
                Action::Build { complete: true }
            ]
        );
        assert_eq!(loading.built(4.0), vec![]);
    }

    #[test]
    fn a_failed_newest_issue_starts_the_rest_at_once_and_retry_fetches_it_again() {
        let mut loading = three();
        loading.start();
        assert_eq!(
            loading.arrived(2, false, 0.0),
            vec![Action::Fetch(vec![0, 1])]
        );
        assert_eq!(
            loading.arrived(0, true, 1.0),
            vec![Action::Build { complete: false }]
        );
        assert_eq!(
            loading.built(2.0),
            vec![],
            "the rest were already asked for"
        );
        assert_eq!(loading.failed(), vec![2]);
        assert_eq!(loading.retry(), vec![Action::Fetch(vec![2])]);
        assert_eq!(loading.slot(2), Some(Slot::Pending));
        assert_eq!(loading.retry(), vec![], "nothing failed any more");
        assert_eq!(
            loading.arrived(1, true, 3.0),
            vec![Action::WakeAt(2.0 + REBUILD_MS)],
            "the retried issue is pending: issue 1 is shown at the interval"
        );
        assert_eq!(
            loading.arrived(2, true, 4.0),
            vec![Action::Build { complete: true }]
        );
    }

    #[test]
    fn nothing_loaded_at_all_is_a_failure_and_an_empty_archive_too() {
        let mut loading = Loading::new(vec![0, 1]);
        loading.start();
        assert_eq!(loading.arrived(0, false, 0.0), vec![Action::Fetch(vec![1])]);
        assert_eq!(loading.arrived(1, false, 1.0), vec![Action::Fail]);
        assert_eq!(Loading::new(vec![]).start(), vec![Action::Fail]);
        assert_eq!(
            loading.arrived(7, true, 2.0),
            vec![],
            "an unknown issue is ignored"
        );
    }
}
