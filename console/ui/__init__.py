"""Qt widgets, dialogs and item models: the only package that imports QtWidgets."""
