use super::*;
use crate::logic::view::Change;

fn tag(value: &str) -> Target {
    Target::Value(FacetKind::Tag, value.into())
}

#[test]
fn a_target_reads_back_from_its_text_form() {
    let org = Target::Value(FacetKind::Org, "SAC/TC 260: data".into());
    assert_eq!(org.encode(), "org:SAC/TC 260: data");
    assert_eq!(Target::decode(&org.encode()), Some(org));
    let state = ViewState::default()
        .apply(&Change::Toggle(FacetKind::Tag, "ICV".into()))
        .apply(&Change::SetQuery("cyber: security".into()));
    let view = Target::view("  My: cars \n view ", &state);
    assert_eq!(
        view,
        Target::View {
            name: "My: cars view".into(),
            query: "tag=ICV&q=cyber%3A+security".into()
        }
    );
    assert_eq!(Target::decode(&view.encode()), Some(view.clone()));
    assert_eq!(view.state(), state);
    // The same filters read another way, or with an offer open, are the same item.
    let elsewhere = parse(
        "tag=ICV&q=cyber:+security&view=calendar&month=2021-07&sort=oldest&article=x&follow=tag:5G",
    )
    .0;
    assert_eq!(
        Target::view("other", &elsewhere).encode(),
        "view:other:tag=ICV&q=cyber%3A+security"
    );
    assert!(Target::view("other", &elsewhere).same_as(&view));
    assert_eq!(
        Target::decode("view:x:tag=ICV&view=following&follow=tag%3A5G&article=y"),
        Some(Target::View {
            name: "x".into(),
            query: "tag=ICV".into()
        })
    );
}

#[test]
fn only_followable_facets_and_real_values_decode() {
    for text in [
        "",
        "ICV",
        "tag:",
        "tag:   ",
        "orgtype:ministry",
        "issue:2021-06-07",
        "colour:red",
        "view::tag=ICV",
    ] {
        assert_eq!(Target::decode(text), None, "{text:?}");
    }
    assert_eq!(Target::decode(&format!("tag:{}", "x".repeat(201))), None);
    assert_eq!(
        Target::decode("kind:consultation"),
        Some(Target::Value(FacetKind::Kind, "consultation".into()))
    );
    // A hostile view query comes back as the app writes queries.
    assert_eq!(
        Target::decode("view:x:tag=ICV&bogus=1&tag=ICV&view=nope"),
        Some(Target::View {
            name: "x".into(),
            query: "tag=ICV".into()
        })
    );
}

#[test]
fn following_toggles_and_a_value_is_one_in_any_spelling() {
    let mut list = WatchList::default();
    list.toggle(tag("Data Security"));
    list.toggle(tag("ICV"));
    assert!(list.follows(&tag("data-security")));
    assert_eq!(list.len(), 2);
    assert!(!list.add(tag("DataSecurity")));
    list.toggle(tag("data security"));
    assert!(!list.follows(&tag("Data Security")));
    assert_eq!(list.items().len(), 1);
    // The same value of another facet is another item.
    list.toggle(Target::Value(FacetKind::Section, "ICV".into()));
    assert_eq!(list.len(), 2);
}

#[test]
fn the_reader_orders_renames_and_removes() {
    let mut list = WatchList::default();
    for t in ["A", "B", "C"] {
        list.toggle(tag(t));
    }
    list.shift(&tag("C"), -1);
    list.shift(&tag("A"), -1);
    list.shift(&tag("C"), 5);
    let order: Vec<String> = list.items().iter().map(|i| i.target.encode()).collect();
    assert_eq!(order, ["tag:A", "tag:C", "tag:B"]);
    list.rename(&tag("C"), " Cars ");
    assert_eq!(
        list.items().get(1).and_then(|i| i.name.as_deref()),
        Some("Cars")
    );
    list.rename(&tag("C"), "   ");
    assert_eq!(list.items().get(1).and_then(|i| i.name.clone()), None);
    list.remove(&tag("a"));
    assert_eq!(list.share_values(), ["tag:C", "tag:B"]);
}

#[test]
fn the_stored_list_reads_back_and_bad_storage_is_a_problem_not_a_crash() {
    let mut list = WatchList::default();
    list.toggle(tag("ICV"));
    list.toggle(Target::Value(FacetKind::Doc, "data-security-law".into()));
    list.rename(&tag("ICV"), "Cars \"&\" <roads>");
    let stored = list.to_stored();
    assert!(stored.starts_with("{\"version\":1,"), "{stored}");
    assert_eq!(WatchList::from_stored(&stored), Ok(list));
    assert_eq!(
        WatchList::from_stored("not json"),
        Err(StoredProblem::Unreadable)
    );
    assert_eq!(
        WatchList::from_stored("[1,2]"),
        Err(StoredProblem::Unreadable)
    );
    assert_eq!(
        WatchList::from_stored("{\"version\":1,\"items\":7}"),
        Err(StoredProblem::Unreadable)
    );
    assert_eq!(
        WatchList::from_stored("{\"version\":2,\"items\":[]}"),
        Err(StoredProblem::NewerVersion(2))
    );
    assert_eq!(
        WatchList::from_stored("{\"version\":0,\"items\":[]}"),
        Err(StoredProblem::OlderVersion(0))
    );
    // Items this version cannot read are left out; repeats are one.
    let odd = r#"{"version":1,"items":[{"follow":"tag:ICV"},{"follow":"colour:red"},{"follow":"tag:icv"}]}"#;
    assert_eq!(
        WatchList::from_stored(odd).map(|l| l.share_values()),
        Ok(vec!["tag:ICV".to_string()])
    );
}

#[test]
fn the_shared_link_offers_the_list_and_reads_back() {
    let mut list = WatchList::default();
    list.toggle(tag("Data & Security"));
    list.toggle(Target::view("Cars", &parse("tag=ICV&org=MIIT").0));
    let query = list.share_view().to_query();
    assert_eq!(
        query,
        "follow=tag%3AData+%26+Security&follow=view%3ACars%3Atag%3DICV%26org%3DMIIT"
    );
    let offered = parse(&query).0.offer;
    let back: Vec<Target> = offered.iter().filter_map(|t| Target::decode(t)).collect();
    assert_eq!(back.len(), 2);
    assert!(back
        .iter()
        .zip(list.items())
        .all(|(a, b)| a.same_as(&b.target)));
    // Answering the offer drops it, and nothing else changes.
    assert_eq!(
        parse(&query).0.apply(&Change::DismissOffer),
        ViewState::default()
    );
}

#[test]
fn only_what_add_would_take_is_counted_as_addable() {
    let mut list = WatchList::default();
    list.toggle(tag("ICV"));
    let offered = [tag("icv"), tag("5G"), tag("5g"), tag("IoT")];
    assert_eq!(list.addable(&offered), vec![tag("5G"), tag("IoT")]);
    for n in 0..MAX_REPEATED {
        list.add(tag(&format!("t{n}")));
    }
    assert_eq!(list.addable(&offered), Vec::<Target>::new());
}

#[test]
fn a_long_saved_view_in_chinese_survives_the_shared_link() {
    let state = parse("q=数据安全标准+个人信息保护&tag=Data+Security&tag=Cybersecurity&tag=Personal+Information&org=CAC").0;
    let mut list = WatchList::default();
    list.add(Target::view(&"中国数据规则".repeat(13), &state));
    let query = list.share_view().to_query();
    assert!(list.share_values().iter().all(|v| v.chars().count() > 200));
    let back: Vec<Target> = parse(&query)
        .0
        .offer
        .iter()
        .filter_map(|t| Target::decode(t))
        .collect();
    assert_eq!(
        back,
        list.items()
            .iter()
            .map(|i| i.target.clone())
            .collect::<Vec<_>>()
    );
}
