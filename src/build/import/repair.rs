//! The repairs of an earlier issue's text before its layout is read: running headers and
//! footers out (`running`), words its ligatures broke mended (`ligatures`), glued words split
//! (`glued`). Each leaves a text without such damage as it is, so the 2021 layout's import is
//! untouched.

use crate::build::import::glued::split_glued;
use crate::build::import::ligatures::mend_ligatures;
use crate::build::import::running::without_running_lines;
use crate::build::import::words::Words;

/// `text` repaired; `archive` holds the archive's words, beside the committed list.
pub fn repair(text: &str, archive: &Words) -> String {
    let text = without_running_lines(text);
    let mut known = Words::committed();
    known.extend(archive);
    let text = mend_ligatures(&text, &known);
    // The issue's own words (mended) tell where two glued words part.
    known.add_text(&text);
    split_glued(&text, &known)
}
