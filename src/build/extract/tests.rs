use super::*;

fn tables() -> Tables {
    serde_json::from_str(
        r#"{
        "organisations": [
            {"id": "MIIT", "name": "Ministry of Industry and Information Technology", "kind": "ministry",
             "aliases": ["MIIT", "Ministry of Industry and Information Technology"]},
            {"id": "SAC", "name": "Standardization Administration of China", "kind": "ministry",
             "aliases": ["SAC"], "committees": {"prefix": "SAC", "joined": "slash"}},
            {"id": "NTCAS", "name": "National Technical Committee of Auto Standardization", "kind": "standards-body",
             "aliases": ["NTCAS", "SAC/TC 114"]},
            {"id": "ISO", "name": "International Organization for Standardization", "kind": "international",
             "aliases": ["ISO", "International Organization for Standardization"],
             "committees": {"prefix": "ISO", "joined": "slash"}},
            {"id": "ITU", "name": "International Telecommunication Union", "kind": "international",
             "aliases": ["ITU", "ITU-T", "International Telecommunication Union"],
             "committees": {"prefix": "ITU-T", "joined": "space"}},
            {"id": "CCSA", "name": "China Communications Standards Association", "kind": "standards-body",
             "aliases": ["CCSA"], "committees": {"prefix": "CCSA", "joined": "space"}},
            {"id": "CEN", "name": "European Committee for Standardization", "kind": "international",
             "aliases": ["CEN"]},
            {"id": "CENELEC", "name": "European Committee for Electrotechnical Standardization", "kind": "international",
             "aliases": ["CENELEC"]},
            {"id": "NPC", "name": "National People's Congress", "kind": "ministry",
             "aliases": ["NPC", "National People's Congress"]},
            {"id": "NPCSC", "name": "Standing Committee of the National People's Congress", "kind": "ministry",
             "aliases": ["National People's Congress Standing Committee"]}
        ],
        "not_organisations": ["DSL"],
        "documents": [
            {"name": "Data Security Law", "aliases": ["Data Security Law", "DSL"]},
            {"name": "Measures for Cybersecurity Review", "aliases": ["Measures for Cybersecurity Review"]},
            {"name": "Guidelines (2021 Edition)", "aliases": ["Guidelines (2021 Edition)", "Guidelines (2021 Edition) (draft for comments)"]},
            {"name": "Guidelines", "aliases": ["Guidelines"]}
        ]
    }"#,
    )
    .unwrap()
}

fn extractor() -> Extractor {
    Extractor::new(&tables()).unwrap()
}

fn find(text: &str) -> Found {
    extractor().find(text)
}

#[test]
fn names_and_abbreviations_are_one_organisation() {
    let found = find("The Ministry of Industry and Information Technology (MIIT) said; MIIT also…");
    assert_eq!(found.orgs, vec!["MIIT"]);
    assert_eq!(found.unknown, Vec::<String>::new());
    // CEN and CENELEC are two bodies, however the text joins them.
    assert_eq!(find("CEN/CENELEC and ETSI").orgs, vec!["CEN", "CENELEC"]);
    assert_eq!(find("CEN-CENELEC").orgs, vec!["CEN", "CENELEC"]);
    // Typographic apostrophes and line breaks inside a name.
    assert_eq!(
        find("the National People\u{2019}s\nCongress").orgs,
        vec!["NPC"]
    );
}

#[test]
fn the_longest_name_is_the_mention() {
    assert_eq!(
        find("passed by the National People\u{2019}s Congress Standing Committee").orgs,
        vec!["NPCSC"]
    );
}

#[test]
fn a_name_inside_a_word_is_not_a_mention() {
    assert_eq!(find("ISOLATED MIITS CENTRAL").orgs, Vec::<String>::new());
    assert_eq!(find("ETSI-CEN-CENELEC").orgs, vec!["CEN", "CENELEC"]);
}

#[test]
fn standard_numbers_in_one_canonical_form_and_not_as_organisations() {
    let found = find(
        "GB 21670, GB/T 22239-2019, GB/T22239—2019, YD/T 1234.2-2020, ISO 9001:2015, \
         ISO/IEC 27001 and IEC 62443-3-3 apply; ISO/TC 107 is a committee of ISO.",
    );
    assert_eq!(
        found.docs,
        vec![
            "GB 21670",
            "GB/T 22239-2019",
            "YD/T 1234.2-2020",
            "ISO 9001:2015",
            "ISO/IEC 27001",
            "IEC 62443-3-3",
        ]
    );
    assert_eq!(found.orgs, vec!["ISO/TC 107", "ISO"]);
}

#[test]
fn committees_by_rule_in_one_written_form() {
    let found = find("ISO/TC20/SC17 and ISO/TC 51; SAC/TC124, SAC/TC 114 and ITU-T SG13");
    assert_eq!(
        found.orgs,
        vec![
            "ISO/TC 20/SC 17",
            "ISO/TC 51",
            "SAC/TC 124",
            "NTCAS",
            "ITU-T SG13"
        ],
        "SAC/TC 114 is the table's NTCAS; no parent is named by its committee's prefix"
    );
    let e = extractor();
    let committee = e.organisation("ISO/TC 20/SC 17").unwrap();
    assert_eq!(
        committee.name,
        "International Organization for Standardization, Technical Committee 20, Subcommittee 17"
    );
    assert_eq!(committee.kind, OrgKind::International);
    assert_eq!(
        e.organisation("SAC/TC 124").unwrap().kind,
        OrgKind::StandardsBody
    );
    assert_eq!(e.org_forms("CCSA TC5"), vec!["ccsatc5", "tc5"]);
}

#[test]
fn a_bare_committee_number_is_of_the_body_named_before_it() {
    let found =
        find("YANG, Secretary General of CCSA; WANG, Chairman of TC5; HE, Chairman of TC11.");
    assert_eq!(found.orgs, vec!["CCSA", "CCSA TC5", "CCSA TC11"]);
    let found = find("ITU-T SG13 (International Telecommunication Union SG13) and SG20 (IoT)");
    assert_eq!(found.orgs, vec!["ITU-T SG13", "ITU", "ITU-T SG20"]);
    // With no body before it in its paragraph, it is no one's.
    assert_eq!(find("CCSA\nChairman of TC5").orgs, vec!["CCSA"]);
}

#[test]
fn eu_acts_and_named_documents() {
    let found = find(
        "Regulation (EU) 2019/1020, Decision (EC) No 768/2008 and Directive 2011/65/EU; \
         the Data Security Law (DSL) of the NPC.",
    );
    assert_eq!(
        found.docs,
        vec![
            "Regulation (EU) 2019/1020",
            "Decision (EC) 768/2008",
            "Directive 2011/65/EU",
            "Data Security Law",
        ]
    );
    assert_eq!(found.orgs, vec!["NPC"]);
    assert_eq!(found.unknown, Vec::<String>::new());
}

#[test]
fn editions_and_revisions_are_documents_of_their_own() {
    let found = find(
        "the “Guidelines (2021 Edition) (draft for comments)” revise the Guidelines; \
         the revision of the Measures for Cybersecurity Review; the revised Measures for \
         Cybersecurity Review",
    );
    assert_eq!(
        found.docs,
        vec![
            "Guidelines (2021 Edition)",
            "Guidelines",
            "Measures for Cybersecurity Review",
            "Measures for Cybersecurity Review (revised)",
        ]
    );
    let e = extractor();
    assert!(e
        .doc_forms("Measures for Cybersecurity Review (revised)")
        .contains(&normal_form("revised Measures for Cybersecurity Review")));
    assert!(e
        .doc_forms("Guidelines (2021 Edition)")
        .contains(&normal_form(
            "Guidelines (2021 edition) (Draft for Comments)"
        )));
}

#[test]
fn an_unknown_abbreviation_is_reported_never_guessed() {
    let found = find(
        "the China Industry Innovation Alliance for ICV (CAICV) and (ABC) but not (Draft) or (A)",
    );
    assert_eq!(found.orgs, Vec::<String>::new());
    assert_eq!(found.unknown, vec!["CAICV", "ABC"]);
}

#[test]
fn every_organisation_named_is_listed_with_its_name_and_kind() {
    let e = extractor();
    let mut article = crate::logic::fixtures::article("a", &[], "");
    article.orgs = vec!["CCSA TC5".into(), "MIIT".into(), "CCSA".into()];
    let listed: Vec<String> = e
        .organisations(&[article])
        .into_iter()
        .map(|o| format!("{}: {}", o.id, o.name))
        .collect();
    assert_eq!(
        listed,
        vec![
            "MIIT: Ministry of Industry and Information Technology",
            "CCSA: China Communications Standards Association",
            "CCSA TC5: China Communications Standards Association, Technical Committee 5",
        ]
    );
}
