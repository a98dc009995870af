"""The persuasion-script library: storage, versions, placeholders, search, import/export. No widgets."""
