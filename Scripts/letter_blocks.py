"""Shared by the sample generators in Scripts/: how a plain-text letter falls apart into blocks.

Mirrors Helder's plain-text reader closely enough that the HTML, Word and OpenDocument versions of a
sample give the same blocks: blank lines separate blocks, list lines start with a marker, and a lone
short line without a final period is a heading.
"""
import re

LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)]|[a-z]\))\s+")


def split_blocks(text):
    """The blocks of a letter: runs of non-blank lines."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_heading(line):
    """A lone short line that does not end like a sentence, a salutation or an address line."""
    line = line.strip()
    return bool(line) and (line[0].isupper() or line[0].isdigit()) and line[-1] not in ".,;:!" and len(line.split()) <= 10


def section_title(lines):
    """The title of a one-line numbered section ("4. Kostendelersnorm"), or None."""
    if len(lines) == 1 and LIST_ITEM.match(lines[0]) and is_heading(LIST_ITEM.sub("", lines[0])):
        return LIST_ITEM.sub("", lines[0]).strip()
    return None
