"""`reviewer eval`: gold cases in, scores out, in small parts after the Inspect AI layout.

`cases` loads the dataset, `solver` runs an engine on each case (live, offline, or replayed
through `replay`), `scoring` and `metrics` are pure functions over a saved run, `runlog` keeps
everything needed to re-score without a model, and `report` prints it for people and CI.
"""
