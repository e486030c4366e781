"""The window on the clinic server: opening it at start, and connecting to it."""
