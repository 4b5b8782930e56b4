"""``python -m briefing``: the same command line as ``briefing``."""
from briefing.cli.main import main

if __name__ == "__main__":
    main()
