"""A dossier: verbatim source texts, their metadata, and the reviewed facts taken from them."""
