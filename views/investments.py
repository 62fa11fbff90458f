"""Investments: flows from investing country to destination, and amounts by company."""

from dashboard import figures, tables, ui

ui.page_header(
    "Investments",
    "Investment pledges, deals and reported flows with a stated amount, in USD billions.",
)
facts = ui.filtered_facts()

flows = tables.investment_flows(facts)
if flows.empty:
    ui.empty_state("investments with an amount")
else:
    ui.chart(figures.investment_sankey(flows), flows, "investment-flows", key="sankey")

companies = tables.investment_by_company(facts)
if companies.empty:
    ui.empty_state("investments by a named company")
else:
    ui.chart(figures.company_bars(companies), companies, "investment-by-company", key="companies")
