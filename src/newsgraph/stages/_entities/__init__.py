"""The entity stage, in parts: gazetteer, places, roles."""
