//! Tags: one spelling per concept.

/// The identity of a tag: case, spacing and punctuation do not make a different tag, so
/// "Data security", "data-security" and "# Data Security" share one key.
pub fn tag_key(tag: &str) -> String {
    tag.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
