"""jdgen: job descriptions kept as YAML specs, built into Word documents."""

__version__ = "0.2.0"
