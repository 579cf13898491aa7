"""Composition: selected facts + templates + chart specs → a Document."""
