"""URL helpers: validation, canonical form, host keys. No I/O."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import InputError

# Parameters that identify a campaign or a click, never the article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "cmpid",
        "ocid",
        "ref",
        "ref_src",
        "smid",
        "sr_share",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "_hs")


def require_http_url(url: str) -> str:
    """Return ``url`` stripped, or raise InputError if it is not an absolute http(s) URL."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"}:
        raise InputError("not an http(s) URL", url=url)
    if not parts.hostname:
        raise InputError("URL has no host", url=url)
    return url


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, query, ""))


def host_key(url: str) -> str:
    """The host a politeness slot is keyed on: lower-case host without ``www.``."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def same_site(a: str, b: str) -> bool:
    """True when two URLs are on one site: equal hosts (ignoring ``www.``) or one host a
    subdomain of the other (``www.wunc.org`` and ``wunc.org``, ``news.x.com`` and ``x.com``)."""
    host_a, host_b = host_key(a), host_key(b)
    if not host_a or not host_b:
        return False
    return host_a == host_b or host_a.endswith("." + host_b) or host_b.endswith("." + host_a)
