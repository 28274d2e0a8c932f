"""Sources of records other than network services: local files (``files``)."""
