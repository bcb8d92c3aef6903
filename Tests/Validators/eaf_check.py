"""Reads an ELAN file with pympi-ling and checks what pympi does not: unique tier and
annotation ids, time-slot references that exist, the EAF 3.0 element order, ascending
slot times and no overlap on a tier. Prints {tier: [[start, end, value]]} as JSON."""
import sys
import xml.etree.ElementTree as ET

import pympi

from common import emit, fail

path = sys.argv[1]
root = ET.parse(path).getroot()
if root.tag != "ANNOTATION_DOCUMENT" or root.get("FORMAT") != "3.0":
    fail("not an EAF 3.0 document")
for attribute in ("AUTHOR", "DATE", "VERSION"):
    if root.get(attribute) is None:
        fail(f"ANNOTATION_DOCUMENT lacks {attribute}")
order = ["HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "LOCALE", "LANGUAGE", "CONSTRAINT",
         "CONTROLLED_VOCABULARY", "LEXICON_REF", "EXTERNAL_REF"]
ranks = [order.index(child.tag) for child in root]
if ranks != sorted(ranks) or ranks[:2] != [0, 1]:
    fail(f"elements out of order: {[child.tag for child in root]}")
slots = {}
for slot in root.find("TIME_ORDER"):
    if slot.get("TIME_SLOT_ID") in slots:
        fail(f"duplicate time slot {slot.get('TIME_SLOT_ID')}")
    slots[slot.get("TIME_SLOT_ID")] = int(slot.get("TIME_VALUE"))
if list(slots.values()) != sorted(slots.values()):
    fail("time slots are not in ascending order")
types = {t.get("LINGUISTIC_TYPE_ID") for t in root.findall("LINGUISTIC_TYPE")}
tier_ids = [tier.get("TIER_ID") for tier in root.findall("TIER")]
if len(set(tier_ids)) != len(tier_ids):
    fail("tier ids are not unique")
annotation_ids = []
for tier in root.findall("TIER"):
    if tier.get("LINGUISTIC_TYPE_REF") not in types:
        fail(f"tier {tier.get('TIER_ID')} names an unknown linguistic type")
    previous_end = -1
    for annotation in tier.iter("ALIGNABLE_ANNOTATION"):
        annotation_ids.append(annotation.get("ANNOTATION_ID"))
        refs = annotation.get("TIME_SLOT_REF1"), annotation.get("TIME_SLOT_REF2")
        if any(ref not in slots for ref in refs):
            fail(f"annotation {annotation_ids[-1]} refers to a missing time slot")
        start, end = slots[refs[0]], slots[refs[1]]
        if end <= start or start < previous_end:
            fail(f"annotation {annotation_ids[-1]} is empty or overlaps the one before")
        previous_end = end
if len(set(annotation_ids)) != len(annotation_ids):
    fail("annotation ids are not unique")
last_used = [p.text for p in root.find("HEADER").findall("PROPERTY") if p.get("NAME") == "lastUsedAnnotationId"]
if last_used != [str(len(annotation_ids))]:
    fail("lastUsedAnnotationId does not match the annotations")

eaf = pympi.Elan.Eaf(path)
emit({tier: [list(a) for a in sorted(eaf.get_annotation_data_for_tier(tier))] for tier in tier_ids})
