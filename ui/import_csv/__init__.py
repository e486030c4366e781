"""The CSV import wizard over ``logger_app.import_csv``."""
