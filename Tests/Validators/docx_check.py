"""Reads a Word document with python-docx after checking the zip; prints the body's
paragraphs (style and text) and tables as JSON."""
import sys

import docx

from zipcheck import check_zip

path = sys.argv[1]
names = check_zip(path)
for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
    if part not in names:
        from common import fail
        fail(f"missing part {part}")
document = docx.Document(path)
from common import emit
emit({
    "title": document.core_properties.title,
    "paragraphs": [[p.style.name, p.text, any(r.bold for r in p.runs),
                    bool(p.paragraph_format.keep_with_next)] for p in document.paragraphs],
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
})
