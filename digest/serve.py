"""`digest serve`: build, serve on loopback, rebuild on change (watchdog), reload the browser.

The preview never writes the site's `output/` (only `digest build` does): it builds into a
private folder of its own, removed when it stops, and keeps a `BuildCache` for its whole life,
so a rebuild re-reads only the files that changed (the other articles stay parsed in memory),
keeps its compiled templates, and renders only the pages whose inputs changed.

Live reload is a tiny script served by the preview server itself and added to HTML responses
on the way out, so the built files stay exactly what `digest build` writes. The page listens to
a server-sent event stream; a failed rebuild keeps the last good site and shows the error.
"""

from __future__ import annotations

import contextlib
import errno
import http.server
import io
import ipaddress
import json
import logging
import math
import os
import posixpath
import shutil
import socket
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from digest.build import build
from digest.cache.incremental import BuildCache
from digest.cache.store import default_cache_dir, forget_manifest
from digest.config import SiteConfig
from digest.errors import DigestError, unexpected_error_line
from digest.quick import quick_pages
from digest.render.pages import DEFAULT_THEME
from digest.render.theme import load_theme

log = logging.getLogger(__name__)

RELOAD_PATH = "/__digest/reload.js"
EVENTS_PATH = "/__digest/events"
# Wait this long after the last change before rebuilding, so a burst of saves (a checkout,
# an editor writing a backup then the file) makes one build. One save's events arrive
# within a millisecond or two; every millisecond more is added to each reload.
QUIET_SECONDS = 0.02
# A client has this long to send a request's first byte on a new connection, and once it has,
# this long for the whole request line and headers: a browser needs a millisecond on loopback,
# and a client trickling headers (a slowloris) loses its connection instead of a thread.
FIRST_BYTE_SECONDS = 5.0
HEADER_SECONDS = 2.0
IDLE_SECONDS = 15.0  # a keep-alive connection waiting for its next request
SEND_SECONDS = 10.0  # a client that stops reading what it asked for
# At most this many connections are served at once; more wait in the listen backlog.
MAX_THREADS = 1024
# Path errors that mean "no such page" (a segment over 255 bytes is ENAMETOOLONG).
_NOT_FOUND_ERRNOS = frozenset(
    {errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EISDIR, errno.EINVAL}
)
RELOAD_SCRIPT = b"""(function () {
  var source = new EventSource("/__digest/events");
  var shown = null;
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("failed", function (event) {
    if (!shown) {
      shown = document.createElement("pre");
      shown.setAttribute("role", "alert");
      shown.className = "digest-build-error";
      shown.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:1em;" +
        "background:#5c0b0b;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;z-index:9999";
      document.body.appendChild(shown);
    }
    shown.textContent = "digest: the rebuild failed; showing the last good site.\\n\\n" +
      JSON.parse(event.data).message;
  });
})();
"""


@dataclass
class BuildState:
    """The generation counter the pages watch, and the last error (None when good)."""

    generation: int = 0
    error: str | None = None


class PreviewServer:
    """A loopback HTTP server over the preview's own folder plus a watchdog-driven rebuilder.

    `output_dir` is the site's output folder, which the preview never writes; `preview_dir`
    is where it builds (by default a new temporary folder), served as `self.output_dir`.
    """

    def __init__(
        self,
        config: SiteConfig,
        host: str = "127.0.0.1",
        port: int = 8000,
        output_dir: Path | None = None,
        drafts: bool = False,
        announce: Callable[[str], None] = lambda message: None,
        search: bool = False,
        preview_dir: Path | None = None,
    ) -> None:
        self.config = config
        self.site_output_dir = (output_dir or config.output_dir).absolute()
        self._private: Path | None = None
        if preview_dir is None:
            self._private = Path(tempfile.mkdtemp(prefix="digest-preview-"))
            preview_dir = self._private / "site"
        self.output_dir = preview_dir.absolute()  # what the HTTP handler serves
        self.cache = BuildCache()  # the parsed articles and templates, between rebuilds
        self.drafts = drafts
        self.search = search  # a Pagefind index on every rebuild (fails without Pagefind)
        self.announce = announce
        self.state = BuildState()
        self.changed = threading.Condition()
        self._dirty_at: float | None = None
        self._saved: set[Path] = set()  # the files saved since the last rebuild began
        # Pages served from memory until the next build ends: a saved article's own page
        # (digest/quick.py), by output path.
        self.quick: dict[str, bytes] = {}
        self._stopping = threading.Event()
        self.httpd = _Server((host, port), self._handler_class())
        self.httpd.daemon_threads = True
        self._hosts = allowed_hosts(self.httpd.server_address[0], host)
        self.observer = Observer()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> None:
        # No thread of ours runs yet, so the first build (a cold one on a new site) may fork
        # workers and use every core; preparing every article in them also spares this
        # long-lived process that work's garbage.
        self.rebuild(jobs=None)
        handler = _ChangeHandler(self)
        # The site root only for digest.yaml: recursing into it would watch output/ itself.
        self.observer.schedule(handler, str(self.config.root), recursive=False)
        for folder in self.watched_folders():
            self.observer.schedule(handler, str(folder), recursive=True)
        self.observer.start()
        for target in (self.httpd.serve_forever, self._rebuild_loop):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stopping.set()
        self.httpd.closing.set()
        with self.changed:
            self.changed.notify_all()
        self.observer.stop()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.observer.join(timeout=5)
        if self._private is not None:
            shutil.rmtree(self._private, ignore_errors=True)
            with contextlib.suppress(OSError):  # its record in the cache: of no use now
                forget_manifest(default_cache_dir(self.config), self.output_dir)

    def watched_folders(self) -> list[Path]:
        folders = [self.config.content_dir, DEFAULT_THEME]
        if self.config.theme_dir:
            folders.append(self.config.theme_dir)
        unique: list[Path] = []
        for folder in folders:
            if folder.is_dir() and not any(folder.is_relative_to(u) for u in unique):
                unique = [u for u in unique if not u.is_relative_to(folder)] + [folder]
        return unique

    def is_relevant(self, path: str) -> bool:
        """Content, themes and the configuration matter; output, caches and editor litter not."""
        candidate = Path(path).absolute()
        name = candidate.name
        if name.endswith(("~", ".swp", ".swx", ".tmp", ".lock")) or name.startswith(".#"):
            return False
        if any(part.startswith(".") for part in candidate.parts[-3:-1] if part not in (".", "..")):
            return False
        for output in (self.output_dir, self.site_output_dir):
            if candidate.is_relative_to(output.parent) and name.startswith(f".{output.name}."):
                return False
            if candidate.is_relative_to(output):
                return False
        watched = [self.config.content_dir, DEFAULT_THEME]
        if self.config.theme_dir:
            watched.append(self.config.theme_dir)
        if any(candidate.is_relative_to(folder) for folder in watched):
            return True
        return self.config.path is not None and candidate == self.config.path.absolute()

    def mark_dirty(self, *paths: Path) -> None:
        with self.changed:
            self._dirty_at = time.monotonic()
            self._saved.update(paths)
            self.changed.notify_all()

    def host_allowed(self, header: str | None) -> bool:
        """True for a `Host` naming the address the preview is bound to (a DNS-rebinding page
        names its own domain), or none at all (no browser leaves it out)."""
        if header is None:
            return True
        text = header.strip().lower()
        if text.startswith("["):  # `[::1]:8000`
            name, _, rest = text[1:].partition("]")
            if rest and not rest.startswith(":"):
                return False
            given = rest[1:]
        elif text.count(":") == 1:
            name, given = text.split(":")
        else:
            name, given = text, ""
        if given and given != str(self.httpd.server_address[1]):
            return False
        return name in self._hosts or ("*" in self._hosts and _is_ip_literal(name))

    def rebuild(self, jobs: int | None = 1) -> None:
        """Build into the preview's folder; in this process alone (`jobs=1`) once the server's
        threads run, since forking worker processes from a threaded process is not safe.

        A build that fails, for any reason, leaves the last good site served and says why;
        the next save builds again."""
        started = time.perf_counter()
        try:
            report = build(
                self.config,
                output_dir=self.output_dir,
                drafts=self.drafts,
                search=self.search,
                cache=self.cache,
                jobs=jobs,
            )
        except Exception as exc:
            message = str(exc) if isinstance(exc, DigestError) else unexpected_error_line(exc)
            if not isinstance(exc, DigestError):
                log.debug("unexpected error in a rebuild", exc_info=True)
            with self.changed:
                self.quick = {}  # the last good site, as it was
                self.state = BuildState(self.state.generation, message)
                self.changed.notify_all()
            if self.state.generation == 0:
                self.announce(f"the first build failed; fix it and save to try again:\n{message}")
            else:
                self.announce(f"rebuild failed; still serving the last good site:\n{message}")
            return
        elapsed = (time.perf_counter() - started) * 1000
        with self.changed:
            self.quick = {}
            self.state = BuildState(self.state.generation + 1, None)
            self.changed.notify_all()
        self.announce(f"built {report.articles} articles in {elapsed:.0f} ms")

    def show_quick_pages(self, saved: set[Path]) -> None:
        """Serve the saved articles' own pages at once, before the whole site is built again
        (digest/quick.py); the browser reloads for them, and again when the build is done."""
        last = self.cache.last_site(self.config, load_theme(self.config.theme_dir))
        if last is None or self.state.generation == 0:
            return
        site, env = last
        made = quick_pages(site, env, saved, frozenset(self.config.theme_ids), search=self.search)
        if made:
            with self.changed:
                self.quick = {**self.quick, **made}
                self.state = BuildState(self.state.generation + 1, self.state.error)
                self.changed.notify_all()

    def _rebuild_loop(self) -> None:
        while not self._stopping.is_set():
            with self.changed:
                while self._dirty_at is None and not self._stopping.is_set():
                    self.changed.wait()
                if self._stopping.is_set():
                    return
                wait = self._dirty_at + QUIET_SECONDS - time.monotonic()
                if wait > 0:
                    self.changed.wait(wait)
                    continue
                self._dirty_at = None
                saved, self._saved = self._saved, set()
            try:
                self.show_quick_pages(saved)
            except Exception:  # the build that follows says what is wrong
                log.debug("no quick pages", exc_info=True)
            try:
                self.rebuild()
            except Exception:  # never the end of the loop: the next save is built again
                log.exception("rebuild failed unexpectedly")

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        server = self

        class Handler(_PreviewHandler):
            preview = server

        return Handler


def allowed_hosts(bound: str, asked: str) -> frozenset[str]:
    """The host names a request may carry: the bound address and loopback names; for a
    wildcard bind (`0.0.0.0`, `::`), also this machine's names and any IP address (`*`)."""
    names = {bound.lower(), asked.lower(), "localhost", "127.0.0.1", "::1"}
    if bound in ("0.0.0.0", "::", ""):
        names |= {"*", socket.gethostname().lower(), socket.getfqdn().lower()}
    return frozenset(n for n in names if n)


def _is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _Server(http.server.ThreadingHTTPServer):
    """The standard threading server with a listen backlog for a browser's (or a test's) burst
    (the default of 5 drops connections when many arrive at once), and at most MAX_THREADS
    connections served at once: the rest wait in the backlog, never a thread each."""

    request_queue_size = 1024
    daemon_threads = True

    def __init__(self, address, handler) -> None:
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(MAX_THREADS)
        self.closing = threading.Event()

    def process_request(self, request, client_address) -> None:
        while not self.slots.acquire(timeout=0.5):
            if self.closing.is_set():
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-answer is routine; log it instead of printing a traceback."""
        log.debug("connection from %s ended early", client_address, exc_info=True)


class _ChangeHandler(FileSystemEventHandler):
    def __init__(self, server: PreviewServer) -> None:
        self.server = server

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        relevant = [Path(os.fsdecode(p)) for p in paths if p and self.server.is_relevant(str(p))]
        if relevant:
            self.server.mark_dirty(*relevant)


class _PreviewHandler(http.server.BaseHTTPRequestHandler):
    """Serves only files inside the output folder; adds the reload script to HTML pages."""

    preview: PreviewServer
    protocol_version = "HTTP/1.1"
    server_version = "digest-preview"
    # Headers and body go out in two writes; with Nagle on, a keep-alive client waits for the
    # delayed ACK (40 ms) before every response after the first.
    disable_nagle_algorithm = True

    deadline = math.inf  # when reading the current request must be done
    awaiting_first_byte = True
    served = 0

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(SEND_SECONDS)
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

    def handle_one_request(self) -> None:
        self.awaiting_first_byte = True
        wait = IDLE_SECONDS if self.served else FIRST_BYTE_SECONDS
        self.deadline = time.monotonic() + wait
        try:
            super().handle_one_request()
        except OSError:  # the client went away or was too slow: close, never a traceback
            self.close_connection = True
        self.served += 1
        self.deadline = math.inf

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:
        self.deadline = math.inf  # the request is read: only sending is left
        if not self.preview.host_allowed(self.headers.get("Host")):
            message = b"digest preview: unknown Host; open the address digest serve printed\n"
            self._send(421, "text/plain; charset=utf-8", message, head)
            self.close_connection = True
            return
        try:
            path = urllib.parse.urlsplit(self.path).path
        except ValueError:
            self._send(400, "text/plain; charset=utf-8", b"bad request\n", head)
            return
        if path == RELOAD_PATH:
            self._send(200, "text/javascript; charset=utf-8", RELOAD_SCRIPT, head)
        elif path == EVENTS_PATH:
            self._events()
        else:
            self._file(path, head)

    def _file(self, url_path: str, head: bool) -> None:
        try:
            self._read_file(url_path, head)
        except OSError as exc:
            if exc.errno not in _NOT_FOUND_ERRNOS:
                raise
            self._not_found(head)

    def _read_file(self, url_path: str, head: bool) -> None:
        target = resolve_inside(self.preview.output_dir, url_path)
        if target is None:
            self._not_found(head)
            return
        if target.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        try:
            shown = target.relative_to(self.preview.output_dir.resolve()).as_posix()
            data = self.preview.quick.get(shown)
            if data is None:
                data = target.read_bytes()
        except OSError as exc:
            if exc.errno in _NOT_FOUND_ERRNOS:
                self._not_found(head)
            else:
                self._send(500, "text/plain; charset=utf-8", b"cannot read file\n", head)
            return
        content_type = guess_type(target.name)
        if content_type.startswith("text/html"):
            data = inject_reload(data)
        self._send(200, content_type, data, head)

    def _not_found(self, head: bool) -> None:
        page = resolve_inside(self.preview.output_dir, "/404.html")
        data = b"not found\n"
        content_type = "text/plain; charset=utf-8"
        try:
            if page is not None and page.is_file():
                data, content_type = inject_reload(page.read_bytes()), "text/html; charset=utf-8"
        except OSError:
            pass  # between two builds: the plain answer
        self._send(404, content_type, data, head)

    def _send(self, status: int, content_type: str, data: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _events(self) -> None:
        preview = self.preview
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        with preview.changed:
            seen = preview.state.generation
            error_seen = None
        try:
            while not preview._stopping.is_set():
                with preview.changed:
                    preview.changed.wait(timeout=15)
                    state = preview.state
                if state.generation != seen:
                    seen = state.generation
                    self.wfile.write(b"event: reload\ndata: {}\n\n")
                elif state.error and state.error != error_seen:
                    error_seen = state.error
                    payload = json.dumps({"message": state.error})
                    self.wfile.write(f"event: failed\ndata: {payload}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return


class _DeadlineReader(io.RawIOBase):
    """The connection's reading side, bounded by the handler's deadline: the first byte of a
    request must come within its wait, the rest of its head within HEADER_SECONDS."""

    def __init__(self, connection: socket.socket, handler: _PreviewHandler) -> None:
        self.connection = connection
        self.handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        handler = self.handler
        remaining = handler.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request took too long to arrive")
        self.connection.settimeout(min(remaining, SEND_SECONDS))
        try:
            count = self.connection.recv_into(buffer)
        finally:
            self.connection.settimeout(SEND_SECONDS)
        if count and handler.awaiting_first_byte:
            handler.awaiting_first_byte = False
            handler.deadline = min(handler.deadline, time.monotonic() + HEADER_SECONDS)
        return count


def resolve_inside(root: Path, url_path: str) -> Path | None:
    """The file a URL names inside `root`, or None for anything that would leave it."""
    decoded = urllib.parse.unquote(url_path)
    if "\x00" in decoded or "\\" in decoded:
        return None
    normal = posixpath.normpath("/" + decoded.lstrip("/"))
    parts = [p for p in normal.split("/") if p]
    if any(p in ("..", ".") or p.startswith(".") for p in parts):
        return None
    root = root.resolve()
    candidate = root.joinpath(*parts)
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError):
        return None
    if resolved != root and not resolved.is_relative_to(root):
        return None
    return candidate


_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".json": "application/json",
    ".woff2": "font/woff2",
}


def guess_type(name: str) -> str:
    return _TYPES.get(posixpath.splitext(name)[1].lower(), "application/octet-stream")


def inject_reload(html: bytes) -> bytes:
    tag = f'<script src="{RELOAD_PATH}"></script>'.encode()
    index = html.rfind(b"</body>")
    return html[:index] + tag + html[index:] if index >= 0 else html + tag


def serve_until_interrupted(server: PreviewServer) -> None:
    """Start the preview and keep it running until Ctrl+C (KeyboardInterrupt)."""
    server.start()
    server.announce(f"serving {server.url} (Ctrl+C to stop)")
    try:
        while True:
            time.sleep(3600)
    finally:
        server.stop()
