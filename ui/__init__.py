"""The PySide6 user interface. It talks to the data only through ``logger_app``."""
