"""Pieces every feature uses: the Prompter, form support, the table models, how records
read on screen, the date filter, the app's preferences."""
