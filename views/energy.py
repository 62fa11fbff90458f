"""Energy: deals by supplier and buyer."""

from dashboard import figures, tables, ui

ui.page_header(
    "Energy",
    "Energy purchases, supplies and projects: who sells to whom, how many deals, and their "
    "stated value in USD billions where known.",
)
facts = ui.filtered_facts()
deals = tables.energy_deals(facts)
if deals.empty:
    ui.empty_state("energy deals")
else:
    ui.chart(figures.energy_matrix(deals), deals, "energy-deals", key="energy")
