"""``termbase serve``: a local, read-only web page for looking terms up (search as you
type, UNTERM-like concept pages, a JSON API under ``/api/``).

The framework (Starlette, served by uvicorn) is imported only by the modules that need
it, so importing termbase stays fast.
"""
