"""The theme classifier: the taxonomy, the relevance gate, the fitted model, its evaluation."""
