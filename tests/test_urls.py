import pytest

from archiver.errors import InputError
from archiver.urls import canonicalize, host_key, require_http_url, same_site


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://WWW.Example.COM:443/a?utm_source=x&id=3#top", "https://www.example.com/a?id=3"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/a?fbclid=1&gclid=2", "http://example.com:8080/a"),
        ("https://example.com/a?b=1&a=2", "https://example.com/a?b=1&a=2"),
    ],
)
def test_canonicalize(raw, canonical):
    assert canonicalize(raw) == canonical


@pytest.mark.parametrize("bad", ["ftp://x.org/a", "javascript:alert(1)", "/relative", "http://"])
def test_require_http_url_rejects(bad):
    with pytest.raises(InputError):
        require_http_url(bad)


def test_host_key_drops_www():
    assert host_key("https://www.wunc.org/x") == "wunc.org"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.wunc.org/a", "https://wunc.org/b", True),
        ("https://news.example.com/a", "https://example.com/b", True),
        ("https://www.npr.org/a", "https://www.wunc.org/b", False),
        ("https://badexample.com/a", "https://example.com/b", False),
    ],
)
def test_same_site(a, b, same):
    assert same_site(a, b) is same
