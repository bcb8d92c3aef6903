"""Checks a REFI-QDA project: the zip, project.qde against the REFI-QDA XSD with xmllint,
and what the schema cannot say (no key/keyref): every referenced GUID exists, GUIDs are
unique, every internal source file is in the zip, selections lie inside their text; for a
recording (AudioSource/VideoSource): its internal file is in the zip or its path is an
absolute file:// URL, its transcript's text is in the zip and each SyncPoint lies inside
it, and each selection begins before it ends. Prints a summary as JSON.
Arguments: FILE.qdpx PROJECT.xsd"""
import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

from common import emit, fail
from zipcheck import check_zip

path, schema = sys.argv[1], sys.argv[2]
names = check_zip(path)
if "project.qde" not in names:
    fail("no project.qde")
with zipfile.ZipFile(path) as archive:
    qde = archive.read("project.qde")
    sources = {name: archive.read(name).decode("utf-8") for name in names
               if name.startswith("sources/") and name.endswith(".txt")}
    media = {name: archive.read(name) for name in names
             if name.startswith("sources/") and not name.endswith(".txt")}
lint = subprocess.run(["xmllint", "--noout", "--schema", schema, "-"], input=qde, capture_output=True)
if lint.returncode != 0:
    fail(f"xmllint: {lint.stderr.decode()[-2000:]}")

ns = {"q": "urn:QDA-XML:project:1.0"}
root = ET.fromstring(qde)
guids = [element.get("guid") for element in root.iter() if element.get("guid")]
if len(set(guids)) != len(guids):
    fail("GUIDs are not unique")
for element in root.iter():
    for attribute in ("targetGUID", "fromSyncPoint", "toSyncPoint"):
        target = element.get(attribute)
        if target is not None and target not in guids:
            fail(f"{element.tag} refers to a missing GUID {target}")
summary = {"sources": [], "cases": [], "variables": [], "codes": [], "users": []}
for source in root.iterfind(".//q:TextSource", ns):
    internal = source.get("plainTextPath", "")
    if not internal.startswith("internal://"):
        fail(f"source {source.get('name')} has no internal text")
    member = "sources/" + internal[len("internal://"):]
    if member not in sources:
        fail(f"source file {member} is missing from the zip")
    text = sources[member]
    selections = []
    for selection in source.iterfind("q:PlainTextSelection", ns):
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        if not 0 <= start <= end <= len(text):
            fail(f"selection {selection.get('name')} lies outside its text")
        selections.append([selection.get("name"), text[start:end].split("\n", 1)[0]])
    summary["sources"].append({"name": source.get("name"), "text": text, "selections": selections})
variables = {v.get("guid"): v.get("name") for v in root.iterfind(".//q:Variable", ns)}
summary["variables"] = [[v.get("name"), v.get("typeOfVariable")] for v in root.iterfind(".//q:Variable", ns)]
for case in root.iterfind(".//q:Case", ns):
    values = {}
    for value in case.iterfind("q:VariableValue", ns):
        name = variables[value.find("q:VariableRef", ns).get("targetGUID")]
        values[name] = [child.text for child in value if not child.tag.endswith("VariableRef")][0]
    summary["cases"].append({"name": case.get("name"), "values": values,
                             "sources": len(case.findall("q:SourceRef", ns))})
summary["codes"] = [code.get("name") for code in root.iterfind(".//q:Code", ns)]
summary["users"] = [user.get("name") for user in root.iterfind(".//q:User", ns)]
users = {user.get("guid"): user.get("name") for user in root.iterfind(".//q:User", ns)}
summary["codingUsers"] = []
for coding in root.iterfind(".//q:Coding", ns):
    creator = coding.get("creatingUser")
    if creator not in users:
        fail(f"coding {coding.get('guid')} has no creating user among the project's users")
    summary["codingUsers"].append(users[creator])
codes = {code.get("guid"): code.get("name") for code in root.iterfind(".//q:Code", ns)}
summary["recordings"] = []
for kind in ("Audio", "Video"):
    for source in root.iterfind(f".//q:{kind}Source", ns):
        path = source.get("path", "")
        recording = {"name": source.get("name"), "kind": kind.lower(), "path": path}
        if path.startswith("internal://"):
            member = "sources/" + path[len("internal://"):]
            if member not in media:
                fail(f"recording {source.get('name')}: {member} is missing from the zip")
            recording["sha256"] = hashlib.sha256(media[member]).hexdigest()
        elif not path.startswith("file:///"):
            fail(f"recording {source.get('name')}: path {path!r} is neither internal nor file:///")
        transcripts = source.findall("q:Transcript", ns)
        recording["transcripts"] = []
        for transcript in transcripts:
            internal = transcript.get("plainTextPath", "")
            member = "sources/" + internal[len("internal://"):]
            if not internal.startswith("internal://") or member not in sources:
                fail(f"transcript of {source.get('name')}: text {internal} is missing from the zip")
            text = sources[member]
            points = []
            for point in transcript.iterfind("q:SyncPoint", ns):
                stamp, position = int(point.get("timeStamp")), int(point.get("position"))
                if not 0 <= position <= len(text) or stamp < 0:
                    fail(f"sync point {point.get('guid')} lies outside its transcript")
                points.append([stamp, position, text[position:].split("\n", 1)[0]])
            recording["transcripts"].append({"text": text, "syncPoints": points})
        selections = []
        for selection in source.iterfind(f"q:{kind}Selection", ns):
            begin, end = int(selection.get("begin")), int(selection.get("end"))
            if not 0 <= begin <= end:
                fail(f"selection {selection.get('name')} ends before it begins")
            coded = [codes.get(ref.get("targetGUID")) for ref in selection.iterfind("q:Coding/q:CodeRef", ns)]
            selections.append([selection.get("name"), begin, end, coded[0] if coded else None])
        recording["selections"] = selections
        summary["recordings"].append(recording)
emit(summary)
