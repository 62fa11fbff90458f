"""Defense: spending as a share of GDP against the year it is pledged for."""

from dataclasses import replace

from dashboard import data, figures, tables, ui

chosen = ui.page_header(
    "Defense",
    "Defense spending as a share of GDP: current levels and pledged targets per country, "
    "with NATO's 2%, 3.5% (core) and 5% (total) reference lines.",
)

shares = data.table(tables.defense_shares)
if shares.empty:
    ui.empty_state("defense spending shares")
else:
    start = tables.busiest_actors(shares, chosen.countries)
    picked = ui.country_picker(shares, start, key="defense")
    if picked and tables.cut_by_limit(shares):
        # the limit cut the newest rows of all countries: ask again for the picked ones alone
        shares = data.table(tables.defense_shares, chosen=replace(chosen, countries=picked))
    shown = tables.of_actors(shares, picked)
    ui.chart(
        figures.defense_targets(shown),
        shown,
        "defense-share-of-gdp",
        key="defense",
        what="statements (the newest)",
    )
    # counted over the countries drawn, as the chart is
    drawn = replace(chosen, countries=picked) if picked else chosen
    ui.undated_note(data.table(tables.undated_shares, chosen=drawn), "shares of GDP")
