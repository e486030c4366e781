"""Photos: import, gallery, viewer and comparison, with thumbnails made off the GUI thread."""
