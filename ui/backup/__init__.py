"""Backup and restore from the window, and the automatic backup."""
