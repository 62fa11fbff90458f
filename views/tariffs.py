"""Tariffs: rates by target country and a timeline of tariff actions."""

from dashboard import figures, tables, ui

ui.page_header(
    "Tariffs",
    "Tariff rates as stated in the articles, by the country they target, coloured by status.",
)
facts = ui.filtered_facts()

rates = tables.tariff_rates(facts)
if rates.empty:
    ui.empty_state("tariff rates")
else:
    ui.chart(figures.tariff_rate_dots(rates), rates, "tariff-rates", key="rates")

actions = tables.tariff_actions(facts)
if actions.empty:
    ui.empty_state("tariff actions")
else:
    ui.chart(figures.tariff_timeline(actions), actions, "tariff-actions", key="actions")
