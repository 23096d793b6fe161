"""What the commands compute: pure functions from a Store to small frozen results.

One module per command (or family of commands), so a command imports only the
result types it returns. Nothing here prints or knows about the terminal; names
that match nothing raise NotFound with suggestions.
"""
