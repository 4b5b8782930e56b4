"""``briefing serve``: a local web page and a small JSON API over the same Briefer.

:func:`briefing.serve.app.create_app` builds the Starlette application; the command in
``briefing/cli/serve.py`` binds a socket and runs it with uvicorn. Nothing here is
imported by the other commands, so they never load the web stack.
"""
