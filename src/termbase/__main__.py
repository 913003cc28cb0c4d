"""``python -m termbase``: the same command line as the ``termbase`` script, for machines
where the script's folder is not on PATH."""

from termbase.cli import main

raise SystemExit(main())
