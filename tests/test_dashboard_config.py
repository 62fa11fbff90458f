"""Server settings the dashboard relies on for safety, and the map outline it serves itself."""

import json
import tomllib
from pathlib import Path

from dashboard import figures, ui
from pipeline import documents

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


def test_server_binds_to_loopback_on_8501():
    assert CONFIG["server"]["address"] == "127.0.0.1"
    assert CONFIG["server"]["port"] == 8501


def test_xsrf_protection_is_on_and_no_usage_stats_are_sent():
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert CONFIG["browser"]["gatherUsageStats"] is False
    assert CONFIG["server"]["headless"] is True


def test_upload_cap_is_no_larger_than_the_readers_cap():
    assert 0 < CONFIG["server"]["maxUploadSize"] <= documents.MAX_BYTES // 2**20


def test_errors_reach_a_page_without_a_traceback():
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_the_world_outline_is_served_from_static():
    assert CONFIG["server"]["enableStaticServing"] is True
    outline = ROOT / "static" / "topojson" / "world_110m.json"
    assert figures.TOPOJSON_URL == "app/static/topojson/"
    assert "countries" in json.loads(outline.read_text())["objects"]


class _Event:
    def __init__(self, points):
        self.selection = {"points": points}


def test_selected_codes_reads_the_iso3_codes_carried_by_clicked_bars():
    event = _Event([{"customdata": ["JPN"]}, {"customdata": ["USA"]}, {"customdata": ["JPN"]}, {}])
    assert ui.selected_codes(event) == ("JPN", "USA")
    assert ui.selected_codes(_Event([])) == ()
