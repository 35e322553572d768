"""claimdiff: compare several accounts of one event.

Where the voices agree, what each leaves out and where they contradict each other, as a
graph and as reports. The library API::

    import claimdiff
    comparison = claimdiff.compare(["fixtures/moura"])
    comparison.to_record()   # the JSON report as a dict
    claimdiff.build_graph(comparison)   # a networkx MultiDiGraph
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from claimdiff.model import Comparison

__all__ = ["__version__", "build_graph", "compare", "load_case", "Comparison"]


def compare(*args: Any, **kwargs: Any) -> Comparison:
    """Compare accounts of one event; see ``claimdiff.pipeline.compare``."""
    from claimdiff.pipeline import compare as _compare

    return _compare(*args, **kwargs)


def build_graph(comparison: Comparison) -> nx.MultiDiGraph:
    """The comparison as a networkx ``MultiDiGraph``; see ``claimdiff.graph.build_graph``."""
    from claimdiff.graph import build_graph as _build

    return _build(comparison)


def load_case(*args: Any, **kwargs: Any) -> Any:
    """Load files, folders or a case.yaml into a ``Case``; see ``claimdiff.ingest.load_case``."""
    from claimdiff.ingest import load_case as _load

    return _load(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Comparison":
        from claimdiff.model import Comparison

        return Comparison
    raise AttributeError(name)
