"""hubquery: cited facts about the world's technology hubs, from the terminal."""

__version__ = "0.2.0"
