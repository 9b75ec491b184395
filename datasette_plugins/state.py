"""What the serving process tells the plugins: which archive, and how to refresh it.

``archiver.publish`` registers a refresher for the Datasette it builds; plugins look it up
here, so they never import the publishing module (which imports Datasette, which loads
the plugins).
"""

from __future__ import annotations

import weakref
from typing import Any, Protocol


class Refresher(Protocol):
    min_interval: float

    def retry_after(self) -> float: ...

    async def refresh(self) -> dict[str, Any]: ...

    def info(self) -> dict[str, Any]: ...


_refreshers: weakref.WeakKeyDictionary[Any, Refresher] = weakref.WeakKeyDictionary()


def register_refresher(datasette: Any, refresher: Refresher) -> None:
    _refreshers[datasette] = refresher


def refresher_for(datasette: Any) -> Refresher | None:
    return _refreshers.get(datasette)
