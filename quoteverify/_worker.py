"""Imported once by the forkserver that forks ``ingest --workers N`` processes.

Warming the pipeline here loads its models (HanTa, SoMaJo, lexicons) into the
server, so every worker forked from it shares them instead of loading its own.
"""

from quoteverify.ingest import warm_up

warm_up()
