"""The main window around the features: its menus and record actions, and the read-only state."""
