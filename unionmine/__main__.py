"""Run the command line: python -m unionmine."""

from .cli import main

main()
