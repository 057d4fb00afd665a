"""One module per lint rule; ``registry.py`` lists them in code order."""
