"""Artois Reader: an offline reader and search tool for the CRTE of the Pôle Métropolitain de l'Artois."""

__version__ = "0.1.0"
APP_NAME = "Artois Reader"
APP_ID = "ArtoisReader"  # folder and executable name, per-user data directory name
