"""Trade: balances by country pair and exports and imports over time."""

from dashboard import data, figures, tables, ui

ui.page_header(
    "Trade",
    "Reported trade balances (from the first-named country's side; deficits negative) "
    "and export and import levels, in USD billions.",
)

balances = data.table(tables.trade_balances)
if balances.empty:
    ui.empty_state("trade balances")
else:
    ui.chart(
        figures.trade_balance_bars(balances),
        balances,
        "trade-balances",
        key="balances",
        what="balances (the largest)",
    )

flows = data.table(tables.trade_flows)
if flows.empty:
    ui.empty_state("export or import figures")
else:
    ui.chart(
        figures.trade_flow_lines(flows),
        flows,
        "trade-flows",
        key="flows",
        what="export and import flows (the largest)",
    )
    ui.undated_note(data.table(tables.undated_flows), "export or import figures")
