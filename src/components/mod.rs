pub mod article_card;
pub mod article_list;
pub mod error_panel;
pub mod loading;
pub mod site_header;
