"""Policy Tracker pipeline: articles in, typed and source-linked policy facts out."""
