"""Clinical photos: decoding and checking what a practitioner imports (``decode``), the
content-addressed photo folder (``store``), thumbnails, the import pipeline and upkeep
(delete, check).

No SQL here (rows live in ``logger_app.store.photos``). Modules are imported one by one,
not from this package, so that nothing loads Pillow until a photo is touched.
"""
