"""briefing: verified facts in, ministerial briefing notes out."""
from pathlib import Path

__version__ = "0.1.0"

# The project tree (templates/, charts/, seeds/) sits beside the package in an editable install.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
