"""Parses a Stata do-file as Rapport writes it, strictly: every line must be one of the
commands it uses, every string a compound-quoted literal with nothing Stata would act on
(no macro quote or `$`, no comment mark, no closing `"'` inside, no control character);
prints the import, the variable labels and the value labels as JSON."""
import re
import sys

from common import emit, fail

if len(sys.argv) != 2:
    fail("usage: stata_check.py FILE.do")
path = sys.argv[1]
raw = open(path, "rb").read()
text = raw.decode("utf-8")
if "\r" in text or not text.endswith("\n"):
    fail(f"{path}: lines must end with LF only")

NAME = r"[A-Za-z][A-Za-z0-9_]{0,31}"
STRING = r'`"((?:(?!"\').)*)"\''


def literal(value, where):
    for mark in ("`", "$", "/*", "*/", " //"):
        if mark in value:
            fail(f"{where}: {mark!r} in a string: {value!r}")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in value):
        fail(f"{where}: a control character in a string: {value!r}")
    return value


result = {"import": None, "mvdecode": [], "variableLabels": {}, "valueLabels": {}, "values": {},
          "dates": []}
tempvar = False
for number, line in enumerate(text.split("\n")[:-1], start=1):
    where = f"{path}:{number}"
    if line.startswith("* ") and "`" not in line and "$" not in line:
        continue
    if line == "version 14" or line == "compress":
        continue
    if m := re.fullmatch(r"import delimited using " + STRING + r", (.*)", line):
        result["import"] = {"file": literal(m[1], where), "options": m[2]}
        continue
    if m := re.fullmatch(r"mvdecode ((?:" + NAME + r" ?)+), mv\(-97=\.a \\ -98=\.b \\ -99=\.c\)", line):
        result["mvdecode"] = m[1].split()
        continue
    if m := re.fullmatch(r"label variable (" + NAME + r") " + STRING, line):
        result["variableLabels"][m[1]] = literal(m[2], where)
        continue
    if m := re.fullmatch(r"label define (" + NAME + r") (-?\d+|\.[abc]) " + STRING + r", (replace|add)", line):
        labels = result["valueLabels"].setdefault(m[1], {})
        if (m[4] == "replace") != (not labels):
            fail(f"{where}: 'replace' must start a label set and only start it")
        labels[m[2]] = literal(m[3], where)
        continue
    if m := re.fullmatch(r"label values (" + NAME + r") (" + NAME + r")", line):
        result["values"][m[1]] = m[2]
        continue
    if m := re.fullmatch(r"replace (" + NAME + r") = usubstr\((" + NAME + r"), 2, \.\) if "
                         r"ustrregexm\((" + NAME + r"), `\"\^'\+\[-=\+@\\t\\r\]\"'\)", line):
        if not m[1] == m[2] == m[3]:
            fail(f"{where}: the apostrophe is taken off another variable: {line!r}")
        result.setdefault("unguarded", []).append(m[1])
        continue
    if line == "tempvar date":
        tempvar = True
        continue
    if tempvar and re.fullmatch(
        r'(generate double `date\' = date\(' + NAME + r', "YMD"\)'
        r'|replace `date\' = \.[abc] if ' + NAME + r' == "-9[789]"'
        r"|format `date' %td|order `date', after\(" + NAME + r"\)|drop " + NAME
        + r"|rename `date' " + NAME + ")", line):
        if line.startswith("rename"):
            result["dates"].append(line.split()[-1])
            tempvar = False
        continue
    fail(f"{where}: not a line Rapport writes: {line!r}")
if result["import"] is None:
    fail(f"{path}: no import delimited")
emit(result)
