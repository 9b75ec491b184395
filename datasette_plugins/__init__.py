"""archiver's Datasette plugins: one module per concern, loaded through entry points.

This package module itself is registered too, so Datasette finds ``static/`` beside it
and serves it at ``/-/static-plugins/archiver/``.
"""

from datasette import hookimpl


@hookimpl
def extra_css_urls() -> list[str]:
    return ["/-/static-plugins/archiver/archiver.css"]
