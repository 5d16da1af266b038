//! The shipped dataset passes every validator rule (`make validate` prints the details).

use standards_radar::logic::validate::validate;
use standards_radar::model::Dataset;

#[test]
fn the_shipped_dataset_is_valid() {
    let bytes = std::fs::read("public/data/articles.json").expect("the dataset file exists");
    let data = Dataset::from_json(&bytes).expect("the dataset parses");
    let problems: Vec<String> = validate(&data).iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "dataset problems:\n{}",
        problems.join("\n")
    );
}
