"""``jdgen import``: existing Word job descriptions brought in as specs."""
