"""The default engine: contract-based heuristics that judge a call without any model."""

from reviewer.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
