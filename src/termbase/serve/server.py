"""Running the web application: the listening socket is bound here first, so a bad or
busy port is a clear error before anything starts; uvicorn then serves on it.

:func:`serve` blocks until interrupted (the command); :func:`running` serves from a
background thread for as long as a ``with`` block lasts (tests, benchmarks).
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from termbase.errors import UsageError

if TYPE_CHECKING:
    import uvicorn
    from starlette.applications import Starlette

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
START_TIMEOUT = 60.0
"""Seconds :func:`running` waits for the server (a cold index compiles first)."""


class PortError(UsageError):
    """The port is not a TCP port number."""

    code = "TB320"


class ListenError(UsageError):
    """The server cannot listen where asked: the port is taken or the address is not
    this machine's."""

    code = "TB321"


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, 'localhost')."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: any free port)."""
    if not 0 <= port <= 65535:
        raise PortError(f"port {port} is not a TCP port",
                        hint=f"give a number from 1 to 65535, e.g. --port {DEFAULT_PORT}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ListenError(f"cannot listen on '{host}': {exc.strerror}",
                          hint=f"use an address of this machine, e.g. {DEFAULT_HOST}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ListenError(f"port {port} on {host} is already in use",
                              hint="stop the program using it, or choose another with "
                                   "--port") from None
        raise ListenError(f"cannot listen on {host}:{port}: {exc.strerror}",
                          hint=f"use an address of this machine (e.g. {DEFAULT_HOST}) and a "
                               "port above 1023") from None
    sock.set_inheritable(True)
    return sock


def _server(app: Starlette) -> uvicorn.Server:
    import uvicorn

    # log_config=None: uvicorn must not configure logging in the caller's process.
    config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False,
                            lifespan="on")
    return uvicorn.Server(config)


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def serve(make_app: Callable[[], Starlette], host: str = DEFAULT_HOST,
          port: int = DEFAULT_PORT, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the app ``make_app`` returns until interrupted; ``on_ready`` gets the address
    once listening. The port is taken before the app is made, so a busy port is said at
    once rather than after the glossary is indexed."""
    sock = bind(host, port)
    with sock:
        server = _server(make_app())
        if on_ready is not None:
            on_ready(url_of(sock))
        server.run(sockets=[sock])


@contextlib.contextmanager
def running(app: Starlette, host: str = DEFAULT_HOST, port: int = 0) -> Iterator[str]:
    """Serve ``app`` from a background thread; yields its address (``http://host:port``)
    once it answers, and stops it when the block ends."""
    sock = bind(host, port)
    server = _server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="termbase-serve")
    with sock:
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                thread.join(5)
                raise ListenError(f"the server on {url_of(sock)} did not start",
                                  hint="rerun with --debug to see why")
            time.sleep(0.02)
        try:
            yield url_of(sock)
        finally:
            server.should_exit = True
            thread.join(10)
