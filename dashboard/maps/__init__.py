"""Map logic that is neither data loading nor drawing: classification and palettes."""
