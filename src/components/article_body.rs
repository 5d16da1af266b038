use leptos::prelude::*;

use crate::model::Block;

/// An article's text: paragraphs, sub-headings, lists and tables, as plain text nodes.
#[component]
pub fn ArticleBody(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
            Block::Heading { text } => view! { <h3 class="article__subheading">{text}</h3> }.into_any(),
            Block::List { ordered: true, items } => {
                view! { <ol>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol> }.into_any()
            }
            Block::List { ordered: false, items } => {
                view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
            }
            Block::Table { columns, rows } => view! {
                <div class="article__table" tabindex="0" role="region" aria-label="Table">
                    <table>
                        <thead>
                            <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
        })
        .collect_view()
}
