"""`reviewer batch`: a folder of calls critiqued into one JSON each, resumably and concurrently.

`inputs` finds the calls and names them, `calls` reads each and computes its result key,
`results` owns the output folder, `runner` judges, and `batch_api` sends the calls through
OpenAI's Batch API instead.
"""
