"""Starting a real `streamlit run app.py` for browser tests: a free loopback port and a wait
until the server answers its health check, a stop. The benchmarks' helpers, so there is one copy."""

from bench.serving import free_port, stop, wait_healthy

__all__ = ["free_port", "stop", "wait_healthy"]
