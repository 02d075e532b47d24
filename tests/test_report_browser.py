"""The HTML report in a real headless browser (Debian's chromium): it renders its charts with
the network unreachable by design, and untrusted quotes stay text."""

import os
import shutil
import struct
import subprocess
import zlib

import pytest
from click.testing import CliRunner

from reviewer.cli import cli
from team_calls import WEEK_END, WEEK_START

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true",
    reason="chromium is not installed (apt-get install chromium); CI=true makes this test required",
)
WINDOW = (1280, 2000)


def _chromium(tmp_path, *args):
    command = [
        CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=90, check=True).stdout


def _rows_with_content(png: bytes) -> tuple[tuple[int, int], int]:
    """The image size and how many pixel rows are not one flat colour. A PNG row's filtered bytes
    after its first pixel are all equal exactly when the row is a single colour, whatever the
    filter, so this needs no full decoder."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    position, idat, header = 8, b"", None
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position:position + 8])
        data = png[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", data[:10])
        elif kind == b"IDAT":
            idat += data
        position += 12 + length
    width, height, depth, colour_type = header
    pixel = {2: 3, 6: 4}[colour_type] * depth // 8
    raw = zlib.decompress(idat)
    stride = 1 + width * pixel
    busy = sum(len(set(raw[row * stride + 1 + pixel:(row + 1) * stride])) > 1 for row in range(height))
    return (width, height), busy


def test_the_report_renders_its_charts_in_chromium(tmp_path, team_db):
    page = tmp_path / "report.html"
    result = CliRunner().invoke(cli, [
        "report", "--db", team_db, "--from", WEEK_START.isoformat(), "--to", WEEK_END.isoformat(),
        "--format", "html", "--output", str(page),
    ])
    assert result.exit_code == 0, result.output

    screenshot = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={screenshot}", page.as_uri())
    size, busy_rows = _rows_with_content(screenshot.read_bytes())
    assert size == WINDOW
    assert busy_rows > WINDOW[1] // 4, "the page should be covered in text and charts, not blank"

    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.count("<svg") == 3 and dom.count("<rect") > 20
    assert "<script" not in dom, "a quote from a transcript must never run"
    assert "alert(\"x\")&lt;/script&gt; Just send me the info &amp; I'll look" in dom
