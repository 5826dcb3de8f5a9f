"""``jdgen serve``: the site on this machine (localhost), written again
whenever a spec, shared file, catalog or template is saved, and every open
page reloading itself, as ``mkdocs serve`` does. The problems of the last
build show on top of every page, at their file and line, until mended.

Pages are served as the site wrote them, with one script added that asks
the server, every second, whether the site changed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STATUS = "/__jdgen/status"
RELOAD_SCRIPT = "/__jdgen/reload.js"
_RELOAD = (Path(__file__).parent / "pages" / "reload.js").read_bytes
_MISSING = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>jdgen</title></head><body>' \
           b"<p>This page is not in the site now; the problems below say why.</p>"


class SiteState:
    """What the server tells the pages: the site's version and its problems."""

    def __init__(self) -> None:
        self.version = 0
        self.problems: list[str] = []
        self.lock = threading.Lock()

    def changed(self, problems: list[str]) -> None:
        with self.lock:
            self.version += 1
            self.problems = problems

    def script_tag(self) -> bytes:
        """The script a page gets, with the version of the site it shows."""
        with self.lock:
            return f'<script src="{RELOAD_SCRIPT}" data-version="{self.version}"></script>'.encode()

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"version": self.version, "problems": self.problems}, ensure_ascii=False).encode()


class _Handler(SimpleHTTPRequestHandler):
    state: SiteState

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if self.path == STATUS:
            self._send(self.state.as_json(), "application/json")
        elif self.path == RELOAD_SCRIPT:
            self._send(_RELOAD(), "text/javascript")
        elif self.path.split("?")[0].endswith((".html", "/")):
            target = Path(self.translate_path(self.path))
            target = target / "index.html" if target.is_dir() else target
            script = self.state.script_tag()
            if target.is_file():
                self._send(target.read_bytes().replace(b"</body>", script + b"</body>", 1), "text/html")
            else:  # a position whose spec fails now: its problems show, and it comes back when mended
                self._send(_MISSING + script + b"</body></html>", "text/html", 404)
        else:
            super().do_GET()

    def _send(self, body: bytes, kind: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind if "charset" in kind else f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the standard library's name)
        """Quiet: the command prints what it rebuilt, not every request."""


def start_server(site: Path, state: SiteState, port: int) -> ThreadingHTTPServer:
    """Serve ``site`` on 127.0.0.1:``port`` (0: any free port) in a thread of its own."""
    handler = type("SiteHandler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(site: Path, port: int, build: Callable[[], list[str]], watch: Callable[[Callable[[], bool]], None],
          announce: Callable[[str], None]) -> None:
    """Build the site, serve it, and build again on every change until Ctrl-C.
    ``build`` writes the site and returns its problems, formatted;
    ``watch(rebuild)`` calls ``rebuild`` now and after each change."""
    state = SiteState()
    server: ThreadingHTTPServer | None = None

    def rebuild() -> bool:
        nonlocal server
        state.changed(build())
        if server is None:
            server = start_server(site, state, port)
            announce(f"serving the site on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
        return True

    try:
        watch(rebuild)
    finally:
        if server is not None:
            server.shutdown()
