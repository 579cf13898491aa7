"""Serving the review page: on 127.0.0.1 only (the page can write to the dossier), at an address with a fresh
secret token, until Ctrl-C."""
from __future__ import annotations

import secrets
import socket
import sys
from pathlib import Path

from ..errors import EnvironmentProblem, UsageError

HOST = "127.0.0.1"


def _have(module: str) -> bool:
    from importlib.util import find_spec
    try:
        return find_spec(module) is not None
    except ImportError:
        return False


def _web():
    # python-multipart: Starlette reads posted forms with it (its module was `multipart` before 0.0.13)
    missing = [name for name, modules in (("starlette", ["starlette"]), ("uvicorn", ["uvicorn"]),
                                          ("python-multipart", ["python_multipart", "multipart"]))
               if not any(_have(m) for m in modules)]
    if missing:
        raise EnvironmentProblem(f"review --serve needs {', '.join(missing)}, of the review extra: "
                                 f"pip install 'briefing[review]'")
    import uvicorn
    return uvicorn


def listen(port: int = 0) -> socket.socket:
    """A socket listening on 127.0.0.1 (`port` 0: a free one, chosen by the system)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise EnvironmentProblem(f"--port {port}: cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    sock.listen(64)
    return sock


def make_server(dossier_dir: Path, port: int = 0, source: str | None = None):
    """(uvicorn server, its listening socket, the page's address with its token). Run it with
    `server.run(sockets=[sock])`; tests do so in a thread."""
    uvicorn = _web()
    from .app import make_app
    dossier_dir = Path(dossier_dir)
    if not (dossier_dir / "dossier.yaml").exists():
        raise UsageError(f"{dossier_dir}: no dossier here (dossier.yaml not found)")
    token, csrf = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    sock = listen(port)
    config = uvicorn.Config(make_app(dossier_dir, token, csrf), log_level="warning", access_log=False,
                            lifespan="off")
    page = f"/s/{source}" if source else "/"
    url = f"http://{HOST}:{sock.getsockname()[1]}{page}?token={token}"
    return uvicorn.Server(config), sock, url


def serve(dossier_dir: Path, port: int = 0, open_browser: bool = True, source: str | None = None) -> int:
    server, sock, url = make_server(dossier_dir, port, source)
    print(url, flush=True)
    print(f"reviewing {dossier_dir}; Ctrl-C stops", file=sys.stderr, flush=True)
    if open_browser:
        import webbrowser
        webbrowser.open(url)   # the socket listens already: the browser's request waits for the server
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass   # uvicorn stops cleanly on Ctrl-C, then raises it again: here it is the way to stop, not a failure
    finally:
        sock.close()
    print("stopped", file=sys.stderr)
    return 0
