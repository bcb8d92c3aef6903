/// The JSON Schema (draft 2020-12) of the study file format, for completion and inline
/// errors in editors (through the YAML language server modeline), as `ProtocolSchema` is
/// for protocols.
///
/// A copy of `docs/rapport-study.schema.json`, embedded so that `rapport schema --study`
/// works wherever the binary is; a test keeps the two identical.
public enum StudySchema {
  public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Rapport study",
      "description": "A whole study: its screening and interview protocols, sites, interviewers, quotas, participant ids and compensation. See docs/study.md.",
      "type": "object",
      "required": [
        "rapport-study",
        "id",
        "title",
        "screening",
        "interview"
      ],
      "properties": {
        "rapport-study": {
          "const": 1,
          "description": "The study format version of this file; currently 1."
        },
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]*$",
          "description": "A short name for the study; its ledger is Responses/ID.study.jsonl. Lowercase letters, digits and '-', starting with a letter or digit."
        },
        "title": {
          "type": "string",
          "minLength": 1,
          "description": "The study's title, printed over its participant table."
        },
        "screening": {
          "type": "object",
          "description": "The screening protocol and what of a respondent's answers is kept.",
          "required": [
            "protocol",
            "site-item"
          ],
          "properties": {
            "protocol": {
              "type": "string",
              "description": "The screening protocol file, relative to this file."
            },
            "site-item": {
              "type": "string",
              "description": "The screening item whose answer is the respondent's site id."
            },
            "keep": {
              "$ref": "#/$defs/words",
              "description": "Answers kept for an eligible respondent, as their participant details."
            },
            "keep-if-ineligible": {
              "$ref": "#/$defs/words",
              "description": "Answers kept for an ineligible respondent; none unless listed here."
            },
            "ineligible-text": {
              "type": "string",
              "description": "What an ineligible respondent is told after the protocol's own end text."
            }
          },
          "additionalProperties": false
        },
        "interview": {
          "type": "object",
          "description": "The interview protocol.",
          "required": [
            "protocol",
            "site-attribute"
          ],
          "properties": {
            "protocol": {
              "type": "string",
              "description": "The interview protocol file, relative to this file."
            },
            "site-attribute": {
              "type": "string",
              "description": "The participant attribute whose value is a site's name."
            }
          },
          "additionalProperties": false
        },
        "participant-ids": {
          "type": "object",
          "description": "How participant ids are made: prefix and zero-padded number, e.g. P001.",
          "properties": {
            "prefix": {
              "type": "string",
              "description": "The letters before the number, e.g. P."
            },
            "digits": {
              "type": "integer",
              "minimum": 1,
              "maximum": 9,
              "description": "How many digits the number has, e.g. 3 for P001."
            },
            "first": {
              "type": "integer",
              "minimum": 0,
              "description": "The first number given, e.g. 1."
            }
          },
          "additionalProperties": false
        },
        "sites": {
          "type": "array",
          "description": "The places participants come from and interviewers belong to.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "name"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "The screening protocol's option value for this site, e.g. ucl."
              },
              "name": {
                "type": "string",
                "description": "The interview protocol's option for this site, e.g. University College London."
              },
              "welfare": {
                "type": "string",
                "description": "Where this site's participants find welfare support; shown at the debrief as {site.welfare}. Placeholders only in shared files."
              }
            },
            "additionalProperties": false
          }
        },
        "interviewers": {
          "type": "array",
          "description": "The interviewers, by pseudonym or initials.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "site",
              "roles"
            ],
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
                "description": "A pseudonym or initials, e.g. IA: letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters."
              },
              "site": {
                "type": "string",
                "description": "The interviewer's own institution (a site id)."
              },
              "roles": {
                "type": "array",
                "items": {
                  "enum": [
                    "lead",
                    "support"
                  ]
                },
                "description": "The roles this interviewer may take."
              }
            },
            "additionalProperties": false
          }
        },
        "quotas": {
          "type": "array",
          "description": "How many participants are wanted at a site for each value of one attribute.",
          "items": {
            "type": "object",
            "required": [
              "site",
              "attribute",
              "cells"
            ],
            "properties": {
              "site": {
                "type": "string",
                "description": "A site id."
              },
              "attribute": {
                "type": "string",
                "description": "A kept screening answer, e.g. year."
              },
              "cells": {
                "type": "array",
                "items": {
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "description": "The values that exist at this site, each a cell, e.g. [1, 2, 3, 4]."
              },
              "target": {
                "type": "integer",
                "minimum": 1,
                "description": "Participants wanted per cell; 1 when left out."
              }
            },
            "additionalProperties": false
          }
        },
        "compensation": {
          "type": "object",
          "description": "What participants receive, and the debrief checklist item that says it was arranged.",
          "required": [
            "what"
          ],
          "properties": {
            "what": {
              "type": "string",
              "description": "E.g. £20 shopping voucher."
            },
            "step": {
              "type": "string",
              "description": "The interview protocol's checklist step, e.g. debrief."
            },
            "item": {
              "type": "integer",
              "minimum": 1,
              "description": "The item of that checklist, counted from 1."
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false,
      "$defs": {
        "words": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ]
        }
      }
    }

    """#
}
