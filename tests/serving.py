"""Starting a real `streamlit run app.py` for browser tests: the benchmarks' helper, so there is
one copy."""

from bench.serving import streamlit_server

__all__ = ["streamlit_server"]
