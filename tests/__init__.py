"""The newsgraph test suite."""
