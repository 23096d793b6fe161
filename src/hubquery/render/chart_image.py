"""A chart spec drawn as SVG or PNG, through the optional ``vl-convert-python``: a
self-contained Vega-Lite renderer (no browser, no Node), installed with the ``charts``
extra so that the core install and start-up do not grow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hubquery.errors import HubqueryError
from hubquery.render.chart import VEGA_LITE_VERSION

if TYPE_CHECKING:
    from types import ModuleType

INSTALL = "pip install 'hubquery[charts]'"


def _renderer() -> ModuleType:
    try:
        import vl_convert
    except ImportError:
        raise HubqueryError(
            f"SVG and PNG charts need the charts extra: {INSTALL} "
            "(--format vega-lite writes the spec without it)"
        ) from None
    return vl_convert


def svg(spec: dict[str, Any]) -> str:
    """The chart as an SVG document."""
    text: str = _renderer().vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION)
    return text


def png(spec: dict[str, Any], scale: float = 1.0) -> bytes:
    """The chart as a PNG image, ``scale`` times its size in pixels."""
    data: bytes = _renderer().vegalite_to_png(spec, vl_version=VEGA_LITE_VERSION, scale=scale)
    return data
