//! How big to draw a value in a cloud. (A value's identity, one spelling per concept for
//! every vocabulary, is `text::value_key`.)

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
}
