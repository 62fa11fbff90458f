"""Tariffs: rates by target country and a timeline of tariff actions."""

from dashboard import data, figures, tables, ui

ui.page_header(
    "Tariffs",
    "Tariff rates as stated in the articles, by the country they target, coloured by status.",
)

rates = data.table(tables.tariff_rates)
if rates.empty:
    ui.empty_state("tariff rates")
else:
    ui.chart(
        figures.tariff_rate_dots(rates),
        rates,
        "tariff-rates",
        key="rates",
        what="tariff rates (the newest)",
    )

actions = data.table(tables.tariff_actions)
if actions.empty:
    ui.empty_state("tariff actions")
else:
    ui.chart(
        figures.tariff_timeline(actions),
        actions,
        "tariff-actions",
        key="actions",
        what="tariff actions (the newest)",
    )
