"""digest: a static site generator for a weekly security briefing."""

__version__ = "0.1.0"
