"""What the till, HQ and the hardware drivers share without depending on each other.

Nothing here imports ``pos_client``, ``sync`` or ``hardware``:

- ``errors``: ``UserError``, the base of every expected error (a key, its
  parameters, one English line);
- ``money``: formatting øre for people (``format_amount``);
- ``wal``: SQLite WAL checkpoints off the writers' path (``Checkpointer``).
"""
