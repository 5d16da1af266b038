//! Tags: one spelling per concept.

use crate::logic::text::fold;

/// The identity of a tag: case, accents, spacing and punctuation do not make a different tag,
/// so "Data security", "data-security" and "# Data Security" share one key, and so do an "é"
/// typed as one character and as "e" plus an accent.
pub fn tag_key(tag: &str) -> String {
    fold(tag).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// How big to draw a tag used `count` times when the most used is used `max` times: 0 for an
/// unused tag, else 1 to 5 on a log scale, so one very common tag does not dwarf the rest.
pub fn weight(count: usize, max: usize) -> u8 {
    if count == 0 {
        return 0;
    }
    if count >= max {
        return 5;
    }
    let ratio = (1.0 + count as f64).ln() / (1.0 + max as f64).ln();
    (1.0 + (4.0 * ratio).round()).clamp(1.0, 5.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_log_scaled() {
        assert_eq!(weight(0, 10), 0);
        assert_eq!(weight(1, 100), 2);
        assert_eq!(weight(10, 100), 3);
        assert_eq!(weight(1, 2), 4);
        assert_eq!(weight(100, 100), 5);
        assert_eq!(weight(1, 1), 5);
        let weights: Vec<u8> = (1..=64).map(|c| weight(c, 64)).collect();
        assert!(
            weights.windows(2).all(|w| w[0] <= w[1]),
            "never shrinks as the count grows"
        );
    }

    #[test]
    fn spellings_of_one_tag_share_a_key() {
        let key = tag_key("Data security");
        for spelling in [
            "Data Security",
            "data-security",
            "#Data  Security",
            " DATA_SECURITY",
        ] {
            assert_eq!(tag_key(spelling), key, "{spelling}");
        }
        assert_ne!(tag_key("IoT"), tag_key("IPv6"));
        assert_eq!(tag_key("5G"), "5g");
        assert_eq!(tag_key("Caf\u{e9}"), tag_key("Cafe\u{301}"));
    }
}
