"""Reads a Markdown file with markdown-it-py (CommonMark plus GFM tables and strikethrough)
and prints what a reader would see: the kinds of block and inline markup used, and the
plain text of every heading, list item, table cell and paragraph, as JSON."""
import sys

from markdown_it import MarkdownIt

from common import emit

text = open(sys.argv[1], encoding="utf-8").read()
tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(text)
blocks, inline = set(), set()
found = {"headings": [], "items": [], "cells": [], "paragraphs": [], "quotes": []}
stack = []
for token in tokens:
    if token.nesting == 1:
        stack.append(token.type)
    elif token.nesting == -1:
        stack.pop()
    blocks.add(token.type)
    if token.type != "inline":
        continue
    plain = ""
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            plain += child.content
        elif child.type in ("softbreak", "hardbreak"):
            plain += "\n"
        else:
            inline.add(child.type)
    if "heading_open" in stack:
        found["headings"].append(plain)
    elif "td_open" in stack or "th_open" in stack:
        found["cells"].append(plain)
    elif "list_item_open" in stack:
        found["items"].append(plain)
    elif "blockquote_open" in stack:
        found["quotes"].append(plain)
    else:
        found["paragraphs"].append(plain)
found["blocks"] = sorted(blocks)
found["inline"] = sorted(inline)
emit(found)
