"""The dashboard (``ajar serve``): Starlette, Jinja2 and htmx served from the package."""
