"""The PySide6 user interface. Calls the core; the core never calls back except through callbacks."""
