"""Articles: the sources, and one article's text with its extracted facts highlighted."""

import streamlit as st

from dashboard import data, tables, ui
from pipeline import schema as s

ui.page_header(
    "Articles", "The articles the facts come from. Pick one to read it with its facts marked."
)
listing = data.table(tables.article_list)
if listing.empty:
    ui.empty_state("articles")
    st.stop()

ui.limit_note(listing, "articles (the newest)")
ui.table(listing, "articles", key="articles")

wanted = st.query_params.get("article")
listed = wanted in set(listing[s.ARTICLE_ID])
# a link to an article older than the listing goes: offer it first
labels = tables.article_labels(listing, first=None if listed else wanted and data.article(wanted))
ids = list(labels)
article_id = st.selectbox(
    "Article",
    ids,
    index=ids.index(wanted) if wanted in labels else 0,
    format_func=labels.get,
    key="article_pick",
)
if wanted != article_id:
    st.query_params["article"] = article_id  # a link to this view opens this article

record = data.article(article_id)
if record is None:
    st.warning("This article is no longer in the store.")
    st.stop()

st.subheader(ui.plain(record.get(s.TITLE) or "(untitled)"))
meta = [ui.plain(v) for v in (record.get(s.SOURCE), record.get(s.DATE)) if v]
st.caption(" · ".join(meta) or "No source or date in the article header.")
if link := ui.safe_url(record.get(s.URL)):
    st.link_button("Open the original", link, icon=":material/open_in_new:")

own_facts = data.table(tables.article_facts, article_id)
st.markdown(f"**{len(own_facts)} facts** highlighted (hover a mark for the fact).")
ui.article_text(record.get(s.TEXT) or "", own_facts)
if not own_facts.empty:
    ui.table(own_facts, f"facts-{article_id}", key="article_facts")
