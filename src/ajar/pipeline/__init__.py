"""The scan pipeline: scope → discover → identify → access → inventory → sample → classify → assess → report."""
