"""The web application: one page (HTML, script and style shipped in ``static/``, no CDN)
and a read-only JSON API under ``/api/``.

Routes: ``/`` and ``/concept/ID`` serve the page (deep links; the script reads the
address), ``/?q=…`` opens it on a search; ``/api/search?q=…&glossary=…&lang=…&limit=…``,
``/api/concept/ID`` and ``/api/glossaries`` answer in JSON; ``/static/…`` serves the
assets. Nothing is written and no method but GET (and HEAD) is accepted. Each API request
first lets the catalog look whether a glossary file changed (:meth:`Catalog.refresh`).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from termbase.errors import TermbaseError, UsageError

if TYPE_CHECKING:
    from termbase.serve.catalog import Catalog

STATIC = Path(__file__).parent / "static"
_HEADERS = {
    # The page loads nothing from elsewhere; say so, so a browser refuses it too.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _json(data: object, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=_HEADERS)


def _error(exc: TermbaseError, status: int = 400) -> JSONResponse:
    return _json({"error": exc.message, "code": exc.code, "hint": exc.hint or ""}, status)


def make_app(open_catalog: Callable[[], Catalog]) -> Starlette:
    """The application over the catalog ``open_catalog`` returns. It is called when the
    server starts, on the thread that then answers every request (the compiled indexes'
    SQLite connections stay on the thread that opened them), and closed on shutdown."""
    holder: dict[str, Catalog] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        holder["catalog"] = open_catalog()
        try:
            yield
        finally:
            holder.pop("catalog").close()

    # Handlers are coroutines on purpose: they run on the event loop's thread, one at a
    # time, which is what the SQLite connections need; a search takes milliseconds.
    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers=_HEADERS)

    def catalog() -> Catalog:
        opened = holder["catalog"]
        opened.refresh()
        return opened

    async def search(request: Request) -> Response:
        params = request.query_params
        query = params.get("q", "").strip()
        if not query:
            return _json({"query": "", "glossary": params.get("glossary", ""), "hits": []})
        try:
            limit = int(params.get("limit", "20"))
        except ValueError:
            return _error(UsageError("limit must be a whole number", hint="e.g. limit=20"))
        try:
            found = catalog().search(query, glossary=params.get("glossary") or None,
                                             limit=limit, lang=params.get("lang") or None)
        except TermbaseError as exc:
            return _error(exc)
        return _json(found)

    async def concept(request: Request) -> Response:
        concept_id = request.path_params["concept_id"]
        found = catalog().concept(concept_id)
        if found is None:
            return _error(UsageError(f"no concept '{concept_id}'",
                                     hint="search for the term instead"), 404)
        return _json(found)

    async def glossaries(request: Request) -> Response:
        served = catalog()
        return _json({"concepts": served.concept_count, "glossaries": served.glossaries(),
                      "adding": served.additions(), "warnings": served.warnings})

    routes = [
        Route("/", page),
        Route("/concept/{concept_id:path}", page),
        Route("/api/search", search),
        Route("/api/concept/{concept_id:path}", concept),
        Route("/api/glossaries", glossaries),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
