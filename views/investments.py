"""Investments: flows from investing country to destination, and amounts by company."""

from dashboard import data, figures, tables, ui

ui.page_header(
    "Investments",
    "Investment pledges, deals and reported flows with a stated amount, in USD billions.",
)

flows = data.table(tables.investment_flows)
if flows.empty:
    ui.empty_state("investments with an amount")
else:
    ui.chart(
        figures.investment_sankey(flows),
        flows,
        "investment-flows",
        key="sankey",
        what="investor-destination links (the largest)",
    )

companies = data.table(tables.investment_by_company)
if companies.empty:
    ui.empty_state("investments by a named company")
else:
    ui.chart(
        figures.company_bars(companies),
        companies,
        "investment-by-company",
        key="companies",
        what="companies (the largest investors)",
    )
