"""Response headers that keep untrusted content inert even if an escape were missed.

Our own pages (``/-/archiver/...``) carry the most fetched content and run no script of
their own, so they get a strict Content-Security-Policy: no scripts but Datasette's one
menu script (allowed by its hash), no plugins, no frames, and nothing loaded from any
other host. Datasette's own pages use inline scripts (SQL editor, column menus), so they
get a policy that still forbids other hosts, plugins, framing and foreign form targets.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from typing import Any

from datasette import hookimpl

from .common import PREFIX


def _menu_script_hashes() -> list[str]:
    """CSP hashes of the inline scripts every Datasette page includes from base.html."""
    template = resources.files("datasette") / "templates" / "_close_open_menus.html"
    try:
        source = template.read_text(encoding="utf-8")
    except OSError:
        return []
    hashes = []
    for body in re.findall(r"<script>(.*?)</script>", source, flags=re.DOTALL):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return hashes


COMMON = (
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'none'; "
    "frame-src 'none'; worker-src 'none'; manifest-src 'self'"
)
MENU_SCRIPTS = " ".join(_menu_script_hashes()) or "'none'"
STRICT_CSP = f"default-src 'none'; script-src {MENU_SCRIPTS}; style-src 'self'; {COMMON}"
DATASETTE_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; "
    f"style-src 'self' 'unsafe-inline'; {COMMON}"
)
EXTRA_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def policy_for(path: str) -> str:
    return STRICT_CSP if path.startswith(PREFIX + "/") else DATASETTE_CSP


@hookimpl
def asgi_wrapper() -> Any:
    def wrap(app: Any) -> Any:
        async def with_headers(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            csp = policy_for(scope.get("path", "")).encode("ascii")

            async def send_with_headers(event: dict[str, Any]) -> None:
                if event["type"] == "http.response.start":
                    headers = [
                        (k, v)
                        for k, v in event.get("headers", [])
                        if k.lower() not in {b"content-security-policy"}
                        and k.lower() not in {name for name, _ in EXTRA_HEADERS}
                    ]
                    headers.append((b"content-security-policy", csp))
                    headers.extend(EXTRA_HEADERS)
                    event = {**event, "headers": headers}
                await send(event)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap
