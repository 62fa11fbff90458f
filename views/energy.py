"""Energy: deals by supplier and buyer."""

from dashboard import data, figures, tables, ui

ui.page_header(
    "Energy",
    "Energy purchases, supplies and projects: who sells to whom, how many deals, and their "
    "stated value in USD billions where known.",
)

deals = data.table(tables.energy_deals)
if deals.empty:
    ui.empty_state("energy deals")
else:
    ui.chart(
        figures.energy_matrix(deals),
        deals,
        "energy-deals",
        key="energy",
        what="supplier-buyer pairs (those with the most deals)",
    )
