"""briefing: verified facts in, ministerial briefing notes out."""

__version__ = "0.1.0"
