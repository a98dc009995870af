"""The police station's and county bureau's page: the dispatches to answer."""
