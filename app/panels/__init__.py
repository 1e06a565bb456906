"""Side panels of the reader: who said what, entities, names, notes and the library sidebar."""
