//! One feature per file, one CSS block prefix each.

pub mod active_filters;
pub mod add_to_calendar;
pub mod agenda_view;
pub mod archive_status;
pub mod article_body;
pub mod article_card;
pub mod article_view;
pub mod calendar_view;
pub mod card_list;
pub mod copy_link;
pub mod error_panel;
pub mod event_status;
pub mod exports;
pub mod facet_cloud;
pub mod filters;
pub mod highlighted;
pub mod loading;
pub mod notices;
pub mod offline_notice;
pub mod org_summary;
pub mod result_count;
pub mod search_box;
pub mod site_header;
pub mod update_prompt;
pub mod view_switch;
