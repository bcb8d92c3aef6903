"""Checks a REFI-QDA codebook (.qdc): xmllint against the REFI-QDA codebook XSD, GUIDs
unique, and, given the protocol it was made from, that its codes are the protocol's:
each open question a code named 'id' or 'id — label' holding its prompts
('id prompt N — text') and round-up ('id round-up — text'), each survey item a code
'id', each section with questions a parent 'id — heading' that is not codable, in the
protocol's order.
The protocol is read here with PyYAML, not with Rapport's loader.
Given a .qdpx project, every code of the project named as a codebook code must have
its GUID, so the two agree when both are imported.
Prints the code tree as JSON.
Arguments: FILE.qdc CODEBOOK.xsd [--protocol PROTOCOL.yaml] [--project FILE.qdpx]"""
import subprocess
import sys
import xml.etree.ElementTree as ET

from common import emit, fail

path, schema = sys.argv[1], sys.argv[2]
options = dict(zip(sys.argv[3::2], sys.argv[4::2]))
lint = subprocess.run(["xmllint", "--noout", "--schema", schema, path], capture_output=True)
if lint.returncode != 0:
    fail(f"xmllint: {lint.stderr.decode()[-2000:]}")
ns = {"c": "urn:QDA-XML:codebook:1.0"}
root = ET.parse(path).getroot()
if root.tag != "{urn:QDA-XML:codebook:1.0}CodeBook":
    fail(f"the root is {root.tag}, not a REFI-QDA CodeBook")
guids = [code.get("guid") for code in root.iter("{urn:QDA-XML:codebook:1.0}Code")]
if len(set(guids)) != len(guids):
    fail("code GUIDs are not unique")


def tree(element):
    codes = []
    for code in element.findall("c:Code", ns):
        description = code.find("c:Description", ns)
        codes.append({
            "name": code.get("name"), "guid": code.get("guid"),
            "description": description.text if description is not None else None,
            "isCodable": code.get("isCodable") == "true",
            "children": tree(code),
        })
    return codes


codes = tree(root.find("c:Codes", ns))


def names(codes):
    return [[code["name"], names(code["children"]), code["isCodable"]] for code in codes]


def expected(steps):
    out = []
    for step in steps:
        if "section" in step:
            inner = expected(step.get("steps") or [])
            if inner:
                out.append([f"{step['id']} — {step['section']}", inner, False])
        elif "ask" in step and "type" in step:
            out.append([step["id"], [], True])
        elif "ask" in step:
            label = step.get("label")
            prompts = step.get("prompts") or []
            if isinstance(prompts, str):
                prompts = [prompts]
            children = [[f"{step['id']} prompt {n} — {text}", [], True] for n, text in enumerate(prompts, 1)]
            if step.get("round-up"):
                children.append([f"{step['id']} round-up — {step['round-up']}", [], True])
            out.append([f"{step['id']} — {label}" if label else step["id"], children, True])
    return out


if "--protocol" in options:
    import yaml

    protocol = yaml.safe_load(open(options["--protocol"], encoding="utf-8"))
    want = expected(protocol.get("steps") or [])
    if names(codes) != want:
        fail(f"the codes are not the protocol's:\n{names(codes)}\nexpected\n{want}")
shared = 0
if "--project" in options:
    import zipfile

    with zipfile.ZipFile(options["--project"]) as archive:
        project = ET.fromstring(archive.read("project.qde"))
    ours = {code.get("name"): code.get("guid") for code in root.iter("{urn:QDA-XML:codebook:1.0}Code")}
    for code in project.iter("{urn:QDA-XML:project:1.0}Code"):
        name = code.get("name")
        if name in ours:
            if ours[name] != code.get("guid"):
                fail(f"code {name!r} has GUID {code.get('guid')} in the project, {ours[name]} here")
            shared += 1
emit({"codes": codes, "sharedWithProject": shared})
