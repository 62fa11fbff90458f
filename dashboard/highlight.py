"""Article text as HTML with the extracted facts marked; every piece of the text is escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline import schema

# Light tints of the chart colours, in the schema's topic order.
TOPIC_COLORS = dict(
    zip(schema.TOPICS, ("#cfe3ff", "#ffd6cc", "#d5f2d5", "#e6dcff", "#fff1b8"), strict=True)
)
_DEFAULT_COLOR = "#eeeeee"
_STYLE = (
    "white-space: pre-wrap; line-height: 1.6; font-family: inherit; "
    "max-height: 36rem; overflow-y: auto; padding: 0.5rem 0.75rem; "
    "border: 1px solid rgba(128,128,128,0.3); border-radius: 0.5rem;"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    topic: str
    note: str


def spans_from(rows: Iterable[dict], start: str, end: str, topic: str, note) -> list[Span]:
    """Spans from fact records; `note(record)` gives the tooltip text."""
    out = []
    for record in rows:
        try:
            begin, finish = int(record[start]), int(record[end])
        except (TypeError, ValueError):
            continue
        out.append(Span(begin, finish, str(record[topic]), note(record)))
    return out


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """Escape `text` and wrap each span in a <mark>. Overlapping spans share one mark: a
    sentence that states several facts is one highlighted region listing all of them."""
    text = text or ""
    ordered = sorted(
        (sp for sp in spans if 0 <= sp.start < sp.end <= len(text)),
        key=lambda sp: (sp.start, sp.end),
    )
    merged: list[list] = []  # [start, end, topics, notes]
    for sp in ordered:
        if merged and sp.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], sp.end)
            merged[-1][2].append(sp.topic)
            merged[-1][3].append(sp.note)
        else:
            merged.append([sp.start, sp.end, [sp.topic], [sp.note]])
    parts = []
    cursor = 0
    for begin, finish, topics, notes in merged:
        parts.append(html.escape(text[cursor:begin]))
        color = TOPIC_COLORS.get(topics[0], _DEFAULT_COLOR)
        title = html.escape("\n".join(notes), quote=True)
        parts.append(
            f'<mark style="background:{color}; color:#111; padding:0 2px; border-radius:3px" '
            f'title="{title}">{html.escape(text[begin:finish])}</mark>'
        )
        cursor = finish
    parts.append(html.escape(text[cursor:]))
    return f'<div class="policy-article" style="{_STYLE}">{"".join(parts)}</div>'
