"""Streamlit-side shared code: cached data access, filters, pure Plotly figures, safe exports."""
