"""The reading side of the window: the article shown right-to-left with highlights over it."""
