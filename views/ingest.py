"""Ingest: upload or paste articles, preview the extracted facts, save them to the store."""

import streamlit as st

from dashboard import intake, tables, ui

ui.page_header(
    "Ingest",
    "Add articles: upload .txt, .md, .html or .jsonl files, or paste text. Check the facts "
    "found in each, then save them to the store.",
)

upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
with upload_tab:
    uploads = st.file_uploader(
        "Article files",
        type=intake.UPLOAD_TYPES,
        accept_multiple_files=True,
        key="uploads",
        help="Text files may start with `title:`, `source:`, `date:` and `url:` lines, then a "
        "blank line. JSONL: one article per line with a `text` field.",
    )
with paste_tab, st.form("paste", clear_on_submit=False):
    title = st.text_input("Title", max_chars=300)
    left, right = st.columns(2)
    source = left.text_input("Source", max_chars=200)
    date = right.date_input("Date", value=None, format="YYYY-MM-DD")
    url = st.text_input("URL", max_chars=2000)
    text = st.text_area("Article text", height=220, max_chars=intake.PASTE_MAX_CHARS)
    if st.form_submit_button("Preview pasted text"):
        st.session_state["pasted"] = intake.pasted_file(text, title, source, date, url)

files = [(upload.name, upload.getvalue()) for upload in uploads or []]
if st.session_state.get("pasted"):
    files.append((intake.PASTE_NAME, st.session_state["pasted"]))
if not files:
    st.info(
        "Upload files or paste an article to see what would be extracted.",
        icon=":material/upload_file:",
    )
    st.stop()

batch = intake.prepare(files)
for error in batch.errors:
    st.error(ui.plain(error), icon=":material/error:")  # file names are not Markdown
if not batch.articles:
    st.stop()

st.subheader(f"Preview: {len(batch.articles)} article(s), {len(batch.facts)} fact(s)")
for article in batch.articles[: intake.PREVIEW_LIMIT]:
    own = intake.facts_of(batch, article)
    label = f"{ui.plain(article.title or article.path)} · {len(own)} fact(s)"
    with st.expander(label, expanded=len(batch.articles) == 1):
        ui.article_text(article.text, own)
if len(batch.articles) > intake.PREVIEW_LIMIT:
    st.caption(f"Showing the first {intake.PREVIEW_LIMIT} articles; all are saved.")
ui.table(tables.preview_rows(batch.facts), "extracted-facts", key="preview")

if st.button(f"Save {len(batch.articles)} article(s) to the store", type="primary", key="save"):
    kind, message = intake.save(batch)
    getattr(st, kind)(message)
    if kind == "success":
        st.session_state.pop("pasted", None)
