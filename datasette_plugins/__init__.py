"""archiver's Datasette plugins: one module per concern, loaded through entry points."""
