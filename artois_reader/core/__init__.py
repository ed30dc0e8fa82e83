"""The Qt-free core: ingest, cleaning, structure, library, search. Never imports PySide6."""
